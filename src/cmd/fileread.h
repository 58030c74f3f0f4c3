/* fileread.h: reading many small source files with few system calls
 * (fileread.c), for commands that parse long lists of files. */
#ifndef GOESC_CMD_FILEREAD_H
#define GOESC_CMD_FILEREAD_H

#include <stddef.h>

/* A FileBatch reads up to FILEREAD_BATCH files at once, each of up to
 * FILEREAD_MAX - 1 bytes. One per thread. */
enum { FILEREAD_BATCH = 16, FILEREAD_MAX = 64 << 10 };

typedef struct FileBatch FileBatch;

/* fileread_new returns a batch reader, or NULL where the system offers no
 * way to batch (then read files the ordinary way). */
FileBatch *fileread_new(void);

/* fileread_batch reads paths[0..n), n <= FILEREAD_BATCH: text[i] gets the
 * NUL-terminated contents and size[i] their length, valid until the next
 * call; text[i] is NULL for a file the caller must read the ordinary way
 * (too big, not readable at offset 0 such as a pipe, or any error: the
 * ordinary way then reports it). */
void fileread_batch(FileBatch *b, const char *const *paths, int n, const char **text, size_t *size);

void fileread_free(FileBatch *b);

#endif
