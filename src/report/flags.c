/* flags.c: the header line of a Go test file (`// errorcheck -0 -m -l`).
 * The first line that is not a build constraint names the test's action
 * and its compiler flags; the harness-only flags -0 -1 -s -t are dropped
 * as Go's test harness drops them. */
#include "report/report.h"

#include <string.h>

static const char *const kinds[] = {"errorcheck", "errorcheckwithauto", "errorcheckdir",
                                    "errorcheckandrundir", "errorcheckoutput"};

static bool harness_only(const char *f) {
    return !strcmp(f, "-0") || !strcmp(f, "-1") || !strcmp(f, "-s") || !strcmp(f, "-t");
}

/* flags of the harness that take the next word as their argument: -t's
 * is dropped with it, the others' are joined to them ("-godebug=X"). */
static bool takes_arg(const char *f) {
    return !strcmp(f, "-t") || !strcmp(f, "-goexperiment") || !strcmp(f, "-godebug") || !strcmp(f, "-gomodversion");
}

static const char *action_line(const char *src, size_t *len) {
    for (const char *l = src; *l;) {
        const char *nl = strchr(l, '\n');
        size_t n = nl ? (size_t)(nl - l) : strlen(l);
        bool skip = n == 0 || !strncmp(l, "//go:build", 10) || !strncmp(l, "// +build", 9);
        if (!skip) {
            *len = n;
            return l;
        }
        l += n + (nl ? 1 : 0);
    }
    return NULL;
}

char **rep_errorcheck_flags(const char *src, const char **kind) {
    size_t n;
    const char *l = action_line(src, &n);
    if (!l || strncmp(l, "// ", 3)) return NULL;
    char *line = xsprintf("%.*s", (int)n - 3, l + 3);
    Vec(char *) v = {0};
    char *save = NULL;
    char *word = strtok_r(line, " \t\r", &save);
    *kind = NULL;
    for (size_t i = 0; word && i < sizeof kinds / sizeof kinds[0]; i++)
        if (!strcmp(word, kinds[i])) *kind = kinds[i];
    if (!*kind) {
        free(line);
        return NULL;
    }
    /* flags run up to the first word not starting with '-' */
    while ((word = strtok_r(NULL, " \t\r", &save)) && word[0] == '-') {
        if (takes_arg(word)) {
            char *arg = strtok_r(NULL, " \t\r", &save);
            if (strcmp(word, "-t")) vec_push(&v, xsprintf("%s=%s", word, arg ? arg : ""));
            if (!arg) break;
        } else if (!harness_only(word)) {
            vec_push(&v, xstrdup(word));
        }
    }
    vec_push(&v, NULL);
    free(line);
    return v.a;
}

void rep_free_flags(char **flags) {
    if (!flags) return;
    for (char **f = flags; *f; f++) free(*f);
    free(flags);
}

bool rep_errorcheck_must_fail(const char *src) {
    size_t n;
    const char *l = action_line(src, &n);
    if (!l) return true;
    char *line = xsprintf("%.*s", (int)n, l);
    bool fail = true;
    char *save = NULL;
    strtok_r(line, " \t\r", &save); /* "//" */
    strtok_r(NULL, " \t\r", &save); /* errorcheck */
    for (char *w; (w = strtok_r(NULL, " \t\r", &save)) && w[0] == '-';) {
        if (!strcmp(w, "-0")) fail = false;
        else if (!strcmp(w, "-1")) fail = true;
        else if (takes_arg(w) && !strtok_r(NULL, " \t\r", &save)) break;
    }
    free(line);
    return fail;
}
