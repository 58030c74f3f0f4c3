/* fileread.c: reading many small source files with few system calls.
 *
 * Reading a file costs four system calls (open, fstat, read, close), and
 * on a virtual machine a system call costs microseconds, more than lexing
 * a small file. Where Linux offers io_uring, a batch of files is read by
 * one call instead: for each file a chain open -> read at offset 0 -> close
 * on a direct (registered) descriptor slot, all submitted and waited for
 * at once. Whatever does not fit that path (a file as big as its slot, a
 * pipe that cannot be read at an offset, any error) is left to the caller,
 * who reads it the ordinary way and so reports errors as before. */
#include "cmd/fileread.h"

#include <errno.h>
#include <fcntl.h>
#include <string.h>
#include <unistd.h>

#include "base/base.h"

#if defined(__linux__) && defined(__has_include)
#if __has_include(<linux/io_uring.h>)
#define HAVE_URING 1
#endif
#endif

#ifdef HAVE_URING

#include <linux/io_uring.h>
#include <sys/mman.h>
#include <sys/syscall.h>

struct FileBatch {
    int fd;
    unsigned *sq_tail, *sq_mask, *sq_array;
    unsigned *cq_head, *cq_tail, *cq_mask;
    struct io_uring_cqe *cqes;
    struct io_uring_sqe *sqes;
    void *ring;
    size_t ring_size, sqes_size;
    char *buf;   /* FILEREAD_BATCH slots of FILEREAD_MAX bytes */
    bool broken; /* a call failed: read everything the ordinary way */
};

enum { OPS = 3 }; /* per file: open, read, close */

static bool setup(FileBatch *b) {
    struct io_uring_params p;
    memset(&p, 0, sizeof p);
    b->fd = (int)syscall(__NR_io_uring_setup, OPS * FILEREAD_BATCH, &p);
    if (b->fd < 0) return false;
    /* direct descriptors need Linux 5.15; ask for 5.17's feature set */
    if (!(p.features & IORING_FEAT_SINGLE_MMAP) || !(p.features & IORING_FEAT_CQE_SKIP)) return false;
    size_t sq = p.sq_off.array + p.sq_entries * sizeof(unsigned);
    size_t cq = p.cq_off.cqes + p.cq_entries * sizeof(struct io_uring_cqe);
    b->ring_size = sq > cq ? sq : cq;
    b->ring = mmap(NULL, b->ring_size, PROT_READ | PROT_WRITE, MAP_SHARED | MAP_POPULATE, b->fd, IORING_OFF_SQ_RING);
    if (b->ring == MAP_FAILED) return b->ring = NULL, false;
    b->sqes_size = p.sq_entries * sizeof(struct io_uring_sqe);
    b->sqes = mmap(NULL, b->sqes_size, PROT_READ | PROT_WRITE, MAP_SHARED | MAP_POPULATE, b->fd, IORING_OFF_SQES);
    if (b->sqes == MAP_FAILED) return b->sqes = NULL, false;
    char *r = b->ring;
    b->sq_tail = (unsigned *)(r + p.sq_off.tail);
    b->sq_mask = (unsigned *)(r + p.sq_off.ring_mask);
    b->sq_array = (unsigned *)(r + p.sq_off.array);
    b->cq_head = (unsigned *)(r + p.cq_off.head);
    b->cq_tail = (unsigned *)(r + p.cq_off.tail);
    b->cq_mask = (unsigned *)(r + p.cq_off.ring_mask);
    b->cqes = (struct io_uring_cqe *)(r + p.cq_off.cqes);
    int fds[FILEREAD_BATCH];
    for (int i = 0; i < FILEREAD_BATCH; i++) fds[i] = -1; /* empty slots for direct opens */
    return syscall(__NR_io_uring_register, b->fd, IORING_REGISTER_FILES, fds, FILEREAD_BATCH) == 0;
}

FileBatch *fileread_new(void) {
    FileBatch *b = xmalloc(sizeof *b);
    memset(b, 0, sizeof *b);
    if (!setup(b)) {
        fileread_free(b);
        return NULL;
    }
    b->buf = bulk_alloc((size_t)FILEREAD_BATCH * FILEREAD_MAX);
    return b;
}

void fileread_free(FileBatch *b) {
    if (!b) return;
    if (b->sqes) munmap(b->sqes, b->sqes_size);
    if (b->ring) munmap(b->ring, b->ring_size);
    if (b->fd >= 0) close(b->fd);
    free(b); /* the slot buffers are bulk memory */
}

/* push queues one operation on slot i (user_data: file * OPS + op). */
static struct io_uring_sqe *push(FileBatch *b, unsigned *tail, int i, int op, uint8_t opcode, uint8_t flags) {
    unsigned k = *tail & *b->sq_mask;
    struct io_uring_sqe *e = &b->sqes[k];
    memset(e, 0, sizeof *e);
    e->opcode = opcode;
    e->flags = flags;
    e->user_data = (uint64_t)(i * OPS + op);
    b->sq_array[k] = k;
    ++*tail;
    return e;
}

/* queue adds the chain for paths[i] in slot i: a failed open cancels the
 * rest; the read is a hard link so the close runs whatever it returns. */
static void queue(FileBatch *b, unsigned *tail, int i, const char *path) {
    struct io_uring_sqe *e = push(b, tail, i, 0, IORING_OP_OPENAT, IOSQE_IO_LINK);
    e->fd = AT_FDCWD;
    e->addr = (uint64_t)(uintptr_t)path;
    e->open_flags = O_RDONLY;
    e->file_index = (uint32_t)i + 1;
    e = push(b, tail, i, 1, IORING_OP_READ, IOSQE_FIXED_FILE | IOSQE_IO_HARDLINK);
    e->fd = i;
    e->addr = (uint64_t)(uintptr_t)(b->buf + (size_t)i * FILEREAD_MAX);
    e->len = FILEREAD_MAX - 1;
    e->off = 0;
    e = push(b, tail, i, 2, IORING_OP_CLOSE, 0);
    e->file_index = (uint32_t)i + 1;
}

/* reap takes the completions there are; a read that left room for the NUL
 * gives a file's text. Returns how many were taken. */
static unsigned reap(FileBatch *b, const char **text, size_t *size) {
    unsigned head = *b->cq_head, tail = __atomic_load_n(b->cq_tail, __ATOMIC_ACQUIRE), n = 0;
    for (; head != tail; head++, n++) {
        const struct io_uring_cqe *c = &b->cqes[head & *b->cq_mask];
        int i = (int)(c->user_data / OPS);
        if (c->user_data % OPS != 1 || c->res < 0 || c->res >= FILEREAD_MAX - 1) continue;
        char *t = b->buf + (size_t)i * FILEREAD_MAX;
        t[c->res] = 0;
        text[i] = t;
        size[i] = (size_t)c->res;
    }
    __atomic_store_n(b->cq_head, head, __ATOMIC_RELEASE);
    return n;
}

void fileread_batch(FileBatch *b, const char *const *paths, int n, const char **text, size_t *size) {
    for (int i = 0; i < n; i++) text[i] = NULL, size[i] = 0;
    if (b->broken || n <= 0 || n > FILEREAD_BATCH) return;
    unsigned tail = *b->sq_tail;
    for (int i = 0; i < n; i++) queue(b, &tail, i, paths[i]);
    __atomic_store_n(b->sq_tail, tail, __ATOMIC_RELEASE);
    unsigned total = (unsigned)(OPS * n), submitted = 0, done = 0;
    while (done < total) {
        long r = syscall(__NR_io_uring_enter, b->fd, total - submitted, total - done, IORING_ENTER_GETEVENTS, NULL, 0);
        if (r < 0 && errno != EINTR && errno != EAGAIN && errno != EBUSY) {
            b->broken = true; /* give the whole batch back to the ordinary way */
            for (int i = 0; i < n; i++) text[i] = NULL;
            return;
        }
        if (r > 0) submitted += (unsigned)r;
        done += reap(b, text, size);
    }
}

#else /* no io_uring: nothing to batch with */

FileBatch *fileread_new(void) { return NULL; }
void fileread_batch(FileBatch *b, const char *const *paths, int n, const char **text, size_t *size) {
    for (int i = 0; i < n; i++) text[i] = NULL, size[i] = 0;
}
void fileread_free(FileBatch *b) {}

#endif
