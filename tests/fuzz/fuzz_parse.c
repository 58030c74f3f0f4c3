/* fuzz_parse.c: libFuzzer target for the lexer and parser (and dump).
 * Each input is parsed as a Go file, then dumped to /dev/null when it has
 * no errors. Any crash, hang or sanitizer report is a bug. tests/fuzz/run
 * builds it and raises the stack limit first, so the deepest nesting the
 * parser accepts cannot overflow the stack. */
#include <stdio.h>
#include <string.h>

#include "syntax/syntax.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    static FILE *devnull;
    static Arena *a;
    if (!devnull) {
        devnull = fopen("/dev/null", "w");
        a = arena_new();
        syn_init();
    }
    char *text = xmalloc(size + 1);
    memcpy(text, data, size);
    text[size] = 0;
    uint32_t id = file_add("fuzz.go", text, size);
    DiagList dl = {0};
    AstFile *f = syn_parse_file(id, a, &dl);
    if (!dl.v.n) ast_dump_file(f, devnull);
    for (int i = 0; i < f->directives.n; i++) (void)strlen(f->directives.a[i].text);
    diag_free(&dl);
    arena_reset(a);
    file_get(id)->text = NULL;
    free(text);
    return 0;
}
