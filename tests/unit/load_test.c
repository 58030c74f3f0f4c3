/* load_test.c: unit tests of the load stage: build-constraint expressions
 * and +build lines, file-name rules, the header reader, go.mod parsing,
 * and the tag set of a configuration. */
#include <stdio.h>
#include <string.h>
#include <unistd.h>

#include "base/base.h"
#include "load/load.h"

#include "check.h"

static LoadConfig cfg_for(const char *goos, const char *goarch, const char *cgo) {
    setenv("GOOS", goos, 1);
    setenv("GOARCH", goarch, 1);
    setenv("CGO_ENABLED", cgo, 1);
    unsetenv("GOEXPERIMENT");
    unsetenv("GOAMD64");
    unsetenv("GOARM64");
    LoadConfig c;
    load_config_init(&c, "/nonexistent");
    return c;
}

static int gb(const LoadConfig *c, const char *expr) {
    const char *err = NULL;
    return load_eval_gobuild(c, expr, &err);
}

static const char *gb_err(const LoadConfig *c, const char *expr) {
    const char *err = NULL;
    return load_eval_gobuild(c, expr, &err) < 0 ? err : "";
}

static void test_tags(void) {
    LoadConfig c = cfg_for("linux", "amd64", "0");
    CHECK(load_match_tag(&c, "linux") && load_match_tag(&c, "amd64") && load_match_tag(&c, "unix"));
    CHECK(load_match_tag(&c, "gc") && !load_match_tag(&c, "gccgo"));
    CHECK(!load_match_tag(&c, "cgo") && !load_match_tag(&c, "ignore"));
    CHECK(load_match_tag(&c, "go1.1") && load_match_tag(&c, "go1.27") && !load_match_tag(&c, "go1.28"));
    CHECK(load_match_tag(&c, "amd64.v1") && !load_match_tag(&c, "amd64.v2"));
    CHECK(load_match_tag(&c, "goexperiment.greenteagc") && load_match_tag(&c, "goexperiment.regabiargs"));
    CHECK(!load_match_tag(&c, "goexperiment.arenas") && !load_match_tag(&c, "boringcrypto"));
    c = cfg_for("windows", "arm64", "1");
    CHECK(load_match_tag(&c, "windows") && !load_match_tag(&c, "unix") && load_match_tag(&c, "cgo"));
    CHECK(load_match_tag(&c, "arm64.v8.0") && !load_match_tag(&c, "arm64.v8.1"));
    c = cfg_for("android", "386", "0");
    CHECK(load_match_tag(&c, "linux") && load_match_tag(&c, "386.softfloat"));
    CHECK(!load_match_tag(&c, "goexperiment.regabiwrappers"));
    setenv("GOEXPERIMENT", "arenas,nogreenteagc", 1);
    load_config_init(&c, "/x");
    CHECK(load_match_tag(&c, "goexperiment.arenas") && !load_match_tag(&c, "goexperiment.greenteagc"));
    setenv("GOEXPERIMENT", "bogus", 1);
    load_config_init(&c, "/x");
    CHECK(c.err && !strcmp(c.err, "unknown GOEXPERIMENT bogus"));
    unsetenv("GOEXPERIMENT");
    setenv("GOAMD64", "v3", 1);
    c = (setenv("GOOS", "linux", 1), setenv("GOARCH", "amd64", 1), load_config_init(&c, "/x"), c);
    CHECK(load_match_tag(&c, "amd64.v3") && load_match_tag(&c, "amd64.v2") && !load_match_tag(&c, "amd64.v4"));
    unsetenv("GOAMD64");
}

static void test_gobuild(void) {
    LoadConfig c = cfg_for("linux", "amd64", "0");
    CHECK(gb(&c, "linux") == 1);
    CHECK(gb(&c, "!linux") == 0);
    CHECK(gb(&c, "linux && amd64") == 1);
    CHECK(gb(&c, "linux && !amd64") == 0);
    CHECK(gb(&c, "windows || darwin") == 0);
    CHECK(gb(&c, "windows || (linux && !cgo)") == 1);
    CHECK(gb(&c, "!(windows || plan9) && go1.21") == 1);
    CHECK(gb(&c, "ignore") == 0);
    CHECK(gb(&c, "a || b && c || linux") == 1);
    CHECK(gb(&c, "linux && (b || c)") == 0);
    CHECK(gb(&c, "\t linux\t") == 1);
    CHECK(!strcmp(gb_err(&c, ""), "unexpected end of expression"));
    CHECK(!strcmp(gb_err(&c, "linux &&"), "unexpected end of expression"));
    CHECK(!strcmp(gb_err(&c, "(linux"), "missing close paren"));
    CHECK(!strcmp(gb_err(&c, "linux)"), "unexpected token )"));
    CHECK(!strcmp(gb_err(&c, "!!linux"), "double negation not allowed"));
    CHECK(!strcmp(gb_err(&c, "linux & amd64"), "invalid syntax at &"));
    CHECK(!strcmp(gb_err(&c, "linux amd64"), "unexpected token amd64"));
    CHECK(!strcmp(gb_err(&c, "linux,amd64"), "invalid syntax at ,"));
}

static void test_plusbuild(void) {
    LoadConfig c = cfg_for("linux", "amd64", "0");
    CHECK(load_eval_plusbuild(&c, "linux"));
    CHECK(load_eval_plusbuild(&c, "windows linux"));
    CHECK(!load_eval_plusbuild(&c, "windows darwin"));
    CHECK(load_eval_plusbuild(&c, "linux,amd64"));
    CHECK(!load_eval_plusbuild(&c, "linux,!amd64"));
    CHECK(load_eval_plusbuild(&c, "!windows,!plan9"));
    CHECK(!load_eval_plusbuild(&c, "!!linux"));
    CHECK(!load_eval_plusbuild(&c, "!"));
    CHECK(load_eval_plusbuild(&c, "!bad-tag"));
    CHECK(!load_eval_plusbuild(&c, "ignore"));
    CHECK(load_eval_plusbuild(&c, ""));
}

static void test_names(void) {
    LoadConfig c = cfg_for("linux", "amd64", "0");
    CHECK(load_good_osarch_name(&c, "a.go"));
    CHECK(load_good_osarch_name(&c, "a_linux.go"));
    CHECK(!load_good_osarch_name(&c, "a_windows.go"));
    CHECK(load_good_osarch_name(&c, "a_amd64.go"));
    CHECK(!load_good_osarch_name(&c, "a_arm64.go"));
    CHECK(load_good_osarch_name(&c, "a_linux_amd64.go"));
    CHECK(!load_good_osarch_name(&c, "a_linux_arm64.go"));
    CHECK(!load_good_osarch_name(&c, "a_darwin_amd64.go"));
    CHECK(load_good_osarch_name(&c, "linux.go")); /* no prefix: not a constraint */
    CHECK(!load_good_osarch_name(&c, "x_windows_test.go"));
    CHECK(load_good_osarch_name(&c, "x_linux_test.go"));
    CHECK(load_good_osarch_name(&c, "x_foo_test.go"));
    CHECK(load_good_osarch_name(&c, "x_windows_foo.go"));
    CHECK(!load_good_osarch_name(&c, "x_foo_windows.go"));
    CHECK(load_good_osarch_name(&c, "x_unix.go")); /* unix is not a file-name tag */
    c = cfg_for("android", "arm64", "0");
    CHECK(load_good_osarch_name(&c, "a_linux.go") && load_good_osarch_name(&c, "a_android_arm64.go"));
}

static LoadHeader header(Arena *a, const char *src) {
    LoadHeader h;
    load_read_header(a, src, strlen(src), &h);
    return h;
}

static void test_header(void) {
    Arena *a = arena_new();
    LoadHeader h = header(a,
        "\xEF\xBB\xBF// Copyright\n\n//go:build linux && !cgo\n\n/* block\n*/ package p // x\n"
        "import \"fmt\"\nimport (\n\tstr \"strings\"\n\t. `io`\n\t_ \"a\\x2fb\\u00e9\"; \"C\"\n)\nimport m \"math\"\nvar x = 1\nimport \"late\"\n");
    CHECK(h.err == NULL);
    CHECK(h.pkgname && !strcmp(h.pkgname, "p"));
    CHECK(h.gobuild && !strcmp(h.gobuild, "linux && !cgo"));
    CHECK(h.imports.n == 6);
    if (h.imports.n == 6) {
        CHECK(!strcmp(h.imports.a[0].path, "fmt") && h.imports.a[0].pos.line == 7 && h.imports.a[0].pos.col == 8);
        CHECK(!strcmp(h.imports.a[1].path, "strings") && h.imports.a[1].pos.line == 9 && h.imports.a[1].pos.col == 2);
        CHECK(!strcmp(h.imports.a[2].path, "io"));
        CHECK(!strcmp(h.imports.a[3].path, "a/b\xC3\xA9"));
        CHECK(!strcmp(h.imports.a[4].path, "C"));
        CHECK(!strcmp(h.imports.a[5].path, "math"));
    }
    CHECK(h.cgo);

    h = header(a, "// +build linux,amd64 darwin\n// +build !cgo\n\n// +build ignore\npackage q\n");
    CHECK(h.gobuild == NULL && h.plusbuild.n == 2 && !strcmp(h.plusbuild.a[0], "linux,amd64 darwin"));
    LoadConfig c = cfg_for("linux", "amd64", "0");
    const char *err = NULL;
    CHECK(load_header_should_build(&c, &h, &err) == 1);

    h = header(a, "// +build ignore\n\n//go:build linux\n\npackage q\n");
    CHECK(h.gobuild && load_header_should_build(&c, &h, &err) == 1);
    h = header(a, "// +build linux\npackage q\n"); /* no blank line: not a constraint */
    CHECK(h.plusbuild.n == 0);
    h = header(a, "package q\n//go:build ignore\n");
    CHECK(h.gobuild == NULL);
    h = header(a, "//go:build linux\n//go:build amd64\npackage q\n");
    CHECK(load_header_should_build(&c, &h, &err) == -1 && !strcmp(err, "multiple //go:build comments"));
    h = header(a, "//go:build (linux\npackage q\n");
    CHECK(load_header_should_build(&c, &h, &err) == -1 && strstr(err, "missing close paren"));
    h = header(a, "//go:buildx linux\n\npackage q\n");
    CHECK(h.gobuild == NULL);

    h = header(a, "package bad\n\nimport (\n\t\"fmt\n)\n");
    CHECK(h.err && !strcmp(h.err, "4:2: string literal not terminated"));
    h = header(a, "");
    CHECK(h.err && !strcmp(h.err, "1:1: expected 'package', found 'EOF'"));
    h = header(a, "/* open comment\npackage p\n");
    CHECK(h.err && strstr(h.err, "comment not terminated"));
    h = header(a, "package p; import x\n");
    CHECK(h.err && strstr(h.err, "expected 'STRING'"));
    h = header(a, "package p\nimport \"a\" \"b\"\n"); /* the second string is a declaration error, not the header's */
    CHECK(h.err == NULL && h.imports.n == 1);
    arena_free(a);
}

static void test_gomod(void) {
    Arena *a = arena_new();
    LoadModFile mf;
    load_parse_gomod(a, "go.mod",
        "// comment\nmodule \"example.com/m\" // trailing\n\ngo 1.24\ntoolchain go1.27.0\n"
        "godebug default=go1.21\nrequire (\n\texample.com/a v1.2.3 // indirect\n\texample.com/b v0.1.0\n)\n"
        "require example.com/c v1.0.0\nexclude example.com/a v1.0.0\n"
        "replace example.com/b => ../b\nreplace (\n\texample.com/c v1.0.0 => example.com/d v1.1.0\n)\n"
        "retract [v1.0.0, v1.0.5]\n",
        &mf);
    CHECK(mf.err == NULL);
    CHECK(mf.module && !strcmp(mf.module, "example.com/m"));
    CHECK(mf.go && !strcmp(mf.go, "1.24"));
    CHECK(mf.require.n == 3);
    if (mf.require.n == 3) CHECK(!strcmp(mf.require.a[1].path, "example.com/b") && !strcmp(mf.require.a[2].version, "v1.0.0"));
    CHECK(mf.replace.n == 2);
    if (mf.replace.n == 2) {
        CHECK(!strcmp(mf.replace.a[0].new, "../b") && mf.replace.a[0].newver == NULL && mf.replace.a[0].oldver == NULL);
        CHECK(!strcmp(mf.replace.a[1].oldver, "v1.0.0") && !strcmp(mf.replace.a[1].newver, "v1.1.0"));
    }
    load_parse_gomod(a, "go.mod", "module m\nfrobnicate x\n", &mf);
    CHECK(mf.err && !strcmp(mf.err, "go.mod:2: unknown directive: frobnicate"));
    load_parse_gomod(a, "go.mod", "go 1.21\n", &mf);
    CHECK(mf.err && strstr(mf.err, "no module declaration"));
    load_parse_gomod(a, "go.mod", "module m\nrequire (\nx v1\n", &mf);
    CHECK(mf.err != NULL);
    arena_free(a);
}

static LoadPackage *find_pkg(LoadGraph *g, const char *path) {
    for (int i = 0; i < g->npkgs; i++)
        if (!strcmp(g->pkgs[i]->path, path)) return g->pkgs[i];
    return NULL;
}

/* test_graph loads tests/mod (when a Go tree is at hand) and checks what
 * later stages rely on: dependency order, resolved imports, versions. */
static void test_graph(void) {
    char *goroot = load_find_goroot();
    if (!goroot || chdir("tests/mod") != 0) {
        fprintf(stderr, "load_test: no Go tree or tests/mod: graph test skipped\n");
        free(goroot);
        return;
    }
    unsetenv("PWD");
    LoadConfig c = cfg_for("linux", "amd64", "0");
    c.goroot = goroot;
    const char *pats[] = {"./..."};
    LoadGraph *g = load_packages(&c, pats, 1);
    CHECK(g->errors.n == 0 && g->nroots == 6 && g->main && !strcmp(g->main->path, "goesc.test/mod"));
    for (int i = 0; i < g->npkgs; i++) {
        LoadPackage *p = g->pkgs[i];
        CHECK(p->error == NULL);
        for (int j = 0; j < p->nimports; j++) {
            int k = 0;
            while (k < g->npkgs && g->pkgs[k] != p->imports[j]) k++;
            CHECK(k < i); /* dependencies first */
            CHECK(!strcmp(p->imports[j]->path, p->imports_path[j]));
        }
    }
    LoadPackage *a = find_pkg(g, "goesc.test/mod/a"), *fmt = find_pkg(g, "fmt");
    LoadPackage *nested = find_pkg(g, "goesc.test/nested"), *idna = find_pkg(g, "vendor/golang.org/x/net/idna");
    CHECK(a && !a->std && !strcmp(a->gover, "1.24") && a->module && a->module->main && !strcmp(a->name, "a"));
    CHECK(a && a->nfiles == 6 && strstr(a->files[0], "/tests/mod/a/a.go") && !strcmp(a->gofiles[0], "a.go"));
    CHECK(fmt && fmt->std && !strcmp(fmt->gover, "1.27") && fmt->module == NULL);
    CHECK(nested && !nested->std && !strcmp(nested->gover, "1.22") && nested->module && !nested->module->main);
    CHECK(idna && idna->std);
    LoadPackage *guts = find_pkg(g, "vendor/golang.org/x/net/http/httpguts"), *http = find_pkg(g, "net/http");
    CHECK(http && guts && load_package_import(http, "golang.org/x/net/http/httpguts") == guts);
    CHECK(http && load_package_import(http, "vendor/golang.org/x/net/http/httpguts") == NULL);
    LoadPackage *tool = find_pkg(g, "goesc.test/mod/cmd/tool");
    CHECK(tool && load_package_import(tool, "runtime") == find_pkg(g, "runtime")); /* implicit */
    load_graph_free(g);

    /* vendor mode: modules and their go versions from vendor/modules.txt */
    if (chdir("testdata/vendored") != 0) failures++;
    const char *dot[] = {"."};
    g = load_packages(&c, dot, 1);
    LoadPackage *v = find_pkg(g, "example.com/v"), *m = find_pkg(g, "goesc.test/vendored");
    CHECK(v && v->module && !strcmp(v->module->version, "v1.0.0") && !strcmp(v->gover, "1.20"));
    CHECK(v && strstr(v->dir, "/testdata/vendored/vendor/example.com/v"));
    CHECK(m && !strcmp(m->gover, "1.22") && !strcmp(m->name, "main") && m->error == NULL);
    load_graph_free(g);
    load_config_free(&c);
    free(goroot);
    if (chdir("../../../..") != 0) failures++;
}

int main(void) {
    test_tags();
    test_gobuild();
    test_plusbuild();
    test_names();
    test_header();
    test_gomod();
    test_graph();
    if (failures) fprintf(stderr, "load_test: %d failures\n", failures);
    return failures != 0;
}
