/* config.c: the build configuration and which tags it satisfies.
 *
 * Facts carried over from Go 1.27: the known GOOS and GOARCH values, the
 * unix-like systems, the experiments on by default (internal/buildcfg) and
 * the architecture level tags (amd64.v1, arm64.v8.0, ...). Everything comes
 * from the environment as the go command reads it; CGO_ENABLED defaults to
 * 0 here, as goesc's design says. */
#include "load/load.h"

#include <stdio.h>
#include <string.h>

static const char *const known_os[] = {
    "aix", "android", "darwin", "dragonfly", "freebsd", "hurd", "illumos", "ios", "js",
    "linux", "nacl", "netbsd", "openbsd", "plan9", "solaris", "wasip1", "windows", "zos", NULL,
};
static const char *const unix_os[] = {
    "aix", "android", "darwin", "dragonfly", "freebsd", "hurd", "illumos", "ios",
    "linux", "netbsd", "openbsd", "solaris", NULL,
};
static const char *const known_arch[] = {
    "386", "amd64", "amd64p32", "arm", "armbe", "arm64", "arm64be", "loong64", "mips",
    "mipsle", "mips64", "mips64le", "mips64p32", "mips64p32le", "ppc", "ppc64", "ppc64le",
    "riscv", "riscv64", "s390", "s390x", "sparc", "sparc64", "wasm", NULL,
};

/* The experiments of Go 1.27, lower case, as goexperiment.* tags use them. */
enum { NEXP = 20 };
static const char *const experiments[NEXP] = {
    "arenas", "boringcrypto", "cgocheck2", "dwarf5", "fieldtrack", "greenteagc",
    "heapminimum512kib", "jsonv2", "loopvar", "mapsplitgroup", "newinliner",
    "preemptibleloops", "randomizedheapbase64", "regabiargs", "regabiwrappers",
    "runtimefreegc", "runtimesecret", "simd", "sizespecializedmalloc", "staticlockranking",
};

static bool in_list(const char *const *list, const char *s) {
    for (; *list; list++)
        if (!strcmp(*list, s)) return true;
    return false;
}

bool load_known_os(const char *s) { return in_list(known_os, s); }
bool load_known_arch(const char *s) { return in_list(known_arch, s); }
bool load_unix_os(const char *s) { return in_list(unix_os, s); }

static const char *env_or(const char *name, const char *def) {
    const char *v = getenv(name);
    return v && *v ? v : def;
}

static void add_tag(LoadConfig *cfg, const char *tag) {
    map_putp(&cfg->tags, intern_cstr(tag), (void *)1);
}

static int exp_index(const char *name, size_t n) {
    for (int i = 0; i < NEXP; i++)
        if (strlen(experiments[i]) == n && !strncmp(experiments[i], name, n)) return i;
    return -1;
}

static bool regabi_arch(const char *arch) {
    static const char *const l[] = {"amd64", "arm64", "loong64", "ppc64le", "ppc64", "riscv64", "s390x", NULL};
    return in_list(l, arch);
}

/* apply_goexperiment edits the experiment set by a GOEXPERIMENT list. */
static const char *apply_goexperiment(bool on[NEXP], const char *list) {
    for (const char *p = list; *p;) {
        size_t n = strcspn(p, ",");
        const char *f = p;
        p += n + (p[n] == ',');
        if (n == 0) continue;
        if (n == 4 && !strncmp(f, "none", 4)) {
            memset(on, 0, NEXP * sizeof on[0]);
            continue;
        }
        bool val = true;
        if (n >= 2 && !strncmp(f, "no", 2)) f += 2, n -= 2, val = false;
        if (n == 6 && !strncmp(f, "regabi", 6)) {
            on[exp_index("regabiargs", 10)] = on[exp_index("regabiwrappers", 14)] = val;
            continue;
        }
        int i = exp_index(f, n);
        if (i < 0) return xsprintf("unknown GOEXPERIMENT %.*s", (int)n, f);
        on[i] = val;
    }
    return NULL;
}

static void experiment_tags(LoadConfig *cfg) {
    bool on[NEXP] = {0};
    bool regabi = regabi_arch(cfg->goarch);
    const char *base[] = {"randomizedheapbase64", "greenteagc", "jsonv2", "sizespecializedmalloc"};
    for (size_t i = 0; i < sizeof base / sizeof base[0]; i++) on[exp_index(base[i], strlen(base[i]))] = true;
    if (strcmp(cfg->goos, "darwin") && strcmp(cfg->goos, "ios") && strcmp(cfg->goos, "aix"))
        on[exp_index("dwarf5", 6)] = true;
    const char *env = getenv("GOEXPERIMENT");
    if (env && *env) {
        const char *err = apply_goexperiment(on, env);
        if (err) cfg->err = err;
    }
    on[exp_index("regabiargs", 10)] = on[exp_index("regabiwrappers", 14)] = regabi;
    for (int i = 0; i < NEXP; i++) {
        if (!on[i]) continue;
        char buf[64];
        snprintf(buf, sizeof buf, "goexperiment.%s", experiments[i]);
        add_tag(cfg, buf);
    }
}

static void level_tags(LoadConfig *cfg, const char *fmt, int from, int to) {
    for (int i = from; i <= to; i++) {
        char buf[64];
        snprintf(buf, sizeof buf, fmt, cfg->goarch, i);
        add_tag(cfg, buf);
    }
}

static void arm64_tags(LoadConfig *cfg) {
    const char *v = env_or("GOARM64", "v8.0");
    int major = 8, minor = 0;
    if (sscanf(v, "v%d.%d", &major, &minor) != 2) major = 8, minor = 0;
    for (int i = 0; i <= minor; i++) {
        char buf[64];
        snprintf(buf, sizeof buf, "arm64.v%d.%d", major, i);
        add_tag(cfg, buf);
    }
    if (major == 9)
        for (int i = 0; i <= minor + 5 && i <= 9; i++) {
            char buf[64];
            snprintf(buf, sizeof buf, "arm64.v8.%d", i);
            add_tag(cfg, buf);
        }
}

static void arch_level_tags(LoadConfig *cfg) {
    const char *a = cfg->goarch;
    char buf[80];
    if (!strcmp(a, "amd64")) {
        level_tags(cfg, "%s.v%d", 1, atoi(env_or("GOAMD64", "v1") + 1));
    } else if (!strcmp(a, "arm64")) {
        arm64_tags(cfg);
    } else if (!strcmp(a, "arm")) {
        level_tags(cfg, "%s.%d", 5, atoi(env_or("GOARM", "7")));
    } else if (!strcmp(a, "386")) {
        snprintf(buf, sizeof buf, "386.%s", env_or("GO386", "softfloat"));
        add_tag(cfg, buf);
    } else if (!strcmp(a, "mips") || !strcmp(a, "mipsle")) {
        snprintf(buf, sizeof buf, "%s.%s", a, env_or("GOMIPS", "hardfloat"));
        add_tag(cfg, buf);
    } else if (!strcmp(a, "mips64") || !strcmp(a, "mips64le")) {
        snprintf(buf, sizeof buf, "%s.%s", a, env_or("GOMIPS64", "hardfloat"));
        add_tag(cfg, buf);
    } else if (!strcmp(a, "ppc64") || !strcmp(a, "ppc64le")) {
        level_tags(cfg, "%s.power%d", 8, atoi(env_or("GOPPC64", "power8") + 5));
    } else if (!strcmp(a, "riscv64")) {
        int lvl = atoi(env_or("GORISCV64", "rva20u64") + 3);
        add_tag(cfg, "riscv64.rva20u64");
        if (lvl >= 22) add_tag(cfg, "riscv64.rva22u64");
        if (lvl >= 23) add_tag(cfg, "riscv64.rva23u64");
    } else if (!strcmp(a, "wasm")) {
        add_tag(cfg, "wasm.satconv");
        add_tag(cfg, "wasm.signext");
    }
}

/* goflags_tags applies a -tags flag found in $GOFLAGS. */
static void goflags_tags(LoadConfig *cfg) {
    const char *f = getenv("GOFLAGS");
    for (const char *p = f ? f : ""; *p;) {
        while (*p == ' ' || *p == '\t') p++;
        size_t n = strcspn(p, " \t");
        const char *q = p + (p[0] == '-' && p[1] == '-');
        if (!strncmp(q, "-tags=", 6)) {
            char *v = xsprintf("%.*s", (int)(n - (size_t)(q - p) - 6), q + 6);
            load_config_add_tags(cfg, v);
            free(v);
        }
        p += n;
    }
}

/* tree_minor reads the Go version of the tree from its VERSION file
 * ("go1.27.3" gives 27); 27 when there is none. */
static int tree_minor(const char *goroot) {
    char *path = xsprintf("%s/VERSION", goroot);
    FILE *f = fopen(path, "r");
    free(path);
    int minor = 0;
    if (f) {
        if (fscanf(f, "go1.%d", &minor) != 1) minor = 0;
        fclose(f);
    }
    return minor > 0 ? minor : 27;
}

void load_config_init(LoadConfig *cfg, const char *goroot) {
    memset(cfg, 0, sizeof *cfg);
    cfg->goroot = goroot;
    cfg->goos = env_or("GOOS", "linux");
    cfg->goarch = env_or("GOARCH", "amd64");
    cfg->cgo = !strcmp(env_or("CGO_ENABLED", "0"), "1");
    cfg->minor = tree_minor(goroot);
    cfg->goversion = xsprintf("go1.%d", cfg->minor);
    /* go list accepts any GOOS/GOARCH; only building would reject them. */
    add_tag(cfg, cfg->goos);
    add_tag(cfg, cfg->goarch);
    add_tag(cfg, "gc");
    if (cfg->cgo) add_tag(cfg, "cgo");
    if (load_unix_os(cfg->goos)) add_tag(cfg, "unix");
    if (!strcmp(cfg->goos, "android")) add_tag(cfg, "linux");
    if (!strcmp(cfg->goos, "illumos")) add_tag(cfg, "solaris");
    if (!strcmp(cfg->goos, "ios")) add_tag(cfg, "darwin");
    for (int i = 1; i <= cfg->minor; i++) {
        char buf[16];
        snprintf(buf, sizeof buf, "go1.%d", i);
        add_tag(cfg, buf);
    }
    experiment_tags(cfg);
    arch_level_tags(cfg);
    goflags_tags(cfg);
}

bool load_match_tag(const LoadConfig *cfg, const char *tag) {
    if (!strcmp(tag, "boringcrypto")) tag = "goexperiment.boringcrypto";
    return map_has(&cfg->tags, (uint64_t)(uintptr_t)intern_cstr(tag));
}

void load_config_free(LoadConfig *cfg) {
    free((char *)cfg->err);
    free((char *)cfg->goversion);
    map_clear(&cfg->tags);
}

void load_config_add_tags(LoadConfig *cfg, const char *list) {
    for (const char *p = list; *p;) {
        size_t n = strcspn(p, ", \t");
        if (n > 0) map_putp(&cfg->tags, intern(p, n), (void *)1);
        p += n;
        if (*p) p++;
    }
}
