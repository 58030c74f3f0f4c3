/* file.c: the table of source files behind Pos.file, and whole-file reads.
 * File ids are small integers so a Pos stays compact; id 0 is "no file". */
#include "base.h"

#include <errno.h>
#include <stdio.h>
#include <string.h>

static Vec(SrcFile) files;

uint32_t file_add(const char *path, const char *text, size_t size) {
    if (files.n == 0) vec_push(&files, ((SrcFile){.path = "<none>", .display = "<none>", .text = ""}));
    SrcFile f = {.path = xstrdup(path), .text = text, .size = size};
    f.display = f.path;
    vec_push(&files, f);
    return (uint32_t)(files.n - 1);
}

SrcFile *file_get(uint32_t id) {
    if ((int)id >= files.n) die("bad file id %u", id);
    return &files.a[id];
}

const char *file_display(uint32_t id) { return file_get(id)->display; }

void file_set_display(uint32_t id, const char *name) { file_get(id)->display = xstrdup(name); }

char *read_file(const char *path, size_t *size, const char **err) {
    FILE *f = fopen(path, "rb");
    if (!f) {
        *err = strerror(errno);
        return NULL;
    }
    size_t cap = 1 << 16, n = 0;
    char *buf = xmalloc(cap + 1);
    for (;;) {
        size_t got = fread(buf + n, 1, cap - n, f);
        n += got;
        if (n < cap) break;
        cap *= 2;
        buf = xrealloc(buf, cap + 1);
    }
    if (ferror(f)) {
        *err = strerror(errno ? errno : EIO);
        fclose(f);
        free(buf);
        return NULL;
    }
    fclose(f);
    buf[n] = 0;
    *size = n;
    return buf;
}
