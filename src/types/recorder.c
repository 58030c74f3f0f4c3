/* recorder.c: the TypesInfo tables filled on a helper thread.
 *
 * Recording (go/types' Info) is a hash-table insertion for nearly every
 * expression and identifier, into tables of a hundred thousand entries
 * and more: mostly cache misses, a quarter of the checker's time. The
 * checker never reads those tables while it checks (the two places that
 * did now send an operation or keep their own set), so recording is a
 * stream of operations: the checker appends them to a ring and goes on,
 * the recorder thread applies them in order, and check_package, before it
 * returns, applies itself those the recorder has not reached. The tables end exactly as if
 * filled in place; values (TypeAndValue, Selection, Instance) are made by
 * the checker before they are sent.
 *
 * One recorder serves the process; a checker that cannot have it (another
 * checker holds it, or no thread could be started) records in place. The
 * recorder sleeps while the ring is empty; the checker wakes it when a
 * batch is waiting (never for each operation). */
#include <pthread.h>
#include <stdatomic.h>

#include "types/check.h"

enum {
    RING = 1 << 16, /* operations */
    BATCH = 1 << 12, /* the checker looks whether to wake the recorder this often */
    CHUNK = 1 << 8,  /* operations the recorder applies between looks at drain */
};

typedef enum RecKind { REC_TYPE, REC_DEF, REC_USE, REC_IMPLICIT, REC_SELECTION, REC_INSTANCE, REC_COMMA_OK } RecKind;

typedef struct RecOp {
    RecKind kind;
    void *key; /* the node */
    void *val; /* TypeAndValue*, Object*, Selection*, Instance*; REC_COMMA_OK: Type *[] */
} RecOp;

/* The checker's and the recorder's counters sit on cache lines of their
 * own, and each side reads the other's only when its own copy says the
 * ring is full or empty: no cache line bounces for each operation. */
static struct {
    pthread_mutex_t owner; /* held by the checker the recorder serves */
    pthread_once_t once;
    bool running;          /* the thread exists */
    pthread_mutex_t mu;
    pthread_cond_t work;    /* the recorder sleeps here */
    RecOp *ring;
    TypesInfo *info;       /* the tables being filled */
    _Alignas(64) _Atomic uint64_t tail; /* next operation the checker writes */
    uint64_t head_seen;    /* the checker's copy of head */
    _Alignas(64) _Atomic uint64_t head; /* next operation the recorder applies */
    atomic_bool sleeping;  /* the recorder waits for work */
    atomic_bool draining;  /* the checker wants mu to apply the rest */
} rec = {.owner = PTHREAD_MUTEX_INITIALIZER, .once = PTHREAD_ONCE_INIT, .mu = PTHREAD_MUTEX_INITIALIZER,
         .work = PTHREAD_COND_INITIALIZER};

/* apply carries out one operation on info's tables. */
static void apply(TypesInfo *info, const RecOp *op) {
    switch (op->kind) {
    case REC_TYPE: map_putp(&info->types, op->key, op->val); break;
    case REC_DEF: map_putp(&info->defs, op->key, op->val); break;
    case REC_USE: map_putp(&info->uses, op->key, op->val); break;
    case REC_IMPLICIT: map_putp(&info->implicits, op->key, op->val); break;
    case REC_SELECTION: map_putp(&info->selections, op->key, op->val); break;
    case REC_INSTANCE: map_putp(&info->instances, op->key, op->val); break;
    case REC_COMMA_OK: {
        /* the recorded type becomes the pair, through parentheses */
        Type **pairs = op->val;
        for (AstNode *e = op->key;; e = e->u.paren.x, pairs++) {
            TypeAndValue *tv = map_getp(&info->types, e);
            if (!tv) break;
            tv->type = *pairs;
            if (e->kind != N_ParenExpr) break;
        }
        break;
    }
    }
}

/* ---- the recorder thread ---------------------------------------------- */

/* Operations are applied only by the holder of rec.mu: the recorder in
 * chunks (letting go of mu between them), or the checker in drain, which
 * applies whatever is left itself rather than wait for a recorder the
 * system may not be running. */
static void *recorder_main(void *arg) {
    (void)arg;
    pthread_mutex_lock(&rec.mu);
    for (;;) {
        uint64_t h = atomic_load_explicit(&rec.head, memory_order_relaxed);
        uint64_t t = atomic_load_explicit(&rec.tail, memory_order_acquire);
        if (h == t || atomic_load(&rec.draining)) {
            atomic_store(&rec.sleeping, true);
            atomic_thread_fence(memory_order_seq_cst);
            if (atomic_load(&rec.draining) || atomic_load(&rec.tail) == h) pthread_cond_wait(&rec.work, &rec.mu);
            atomic_store(&rec.sleeping, false);
            continue;
        }
        if (t - h > CHUNK) t = h + CHUNK;
        for (; h != t; h++) apply(rec.info, &rec.ring[h & (RING - 1)]);
        atomic_store_explicit(&rec.head, h, memory_order_release);
        pthread_mutex_unlock(&rec.mu);
        pthread_mutex_lock(&rec.mu);
    }
    return NULL;
}

static void start_recorder(void) {
    rec.ring = xmalloc(sizeof(RecOp) * RING);
    pthread_t t;
    pthread_attr_t attr;
    pthread_attr_init(&attr);
    pthread_attr_setdetachstate(&attr, PTHREAD_CREATE_DETACHED);
    rec.running = pthread_create(&t, &attr, recorder_main, NULL) == 0;
    pthread_attr_destroy(&attr);
}

static void wake(void) {
    pthread_mutex_lock(&rec.mu);
    pthread_cond_signal(&rec.work);
    pthread_mutex_unlock(&rec.mu);
}

/* drain applies what the recorder has not yet: the recorder stops at its
 * next chunk (or sleeps) and lets the checker have mu. */
static void drain(void) {
    atomic_store(&rec.draining, true);
    pthread_mutex_lock(&rec.mu);
    uint64_t h = atomic_load(&rec.head), t = atomic_load(&rec.tail);
    for (; h != t; h++) apply(rec.info, &rec.ring[h & (RING - 1)]);
    atomic_store(&rec.head, h);
    atomic_store(&rec.draining, false);
    pthread_mutex_unlock(&rec.mu);
}

/* ---- the checker's side ----------------------------------------------- */

void check_recorder_begin(Checker *chk) {
    chk->rec_async = false;
    if (chk->info->unread) return; /* nothing to send */
    if (pthread_mutex_trylock(&rec.owner) != 0) return;
    pthread_once(&rec.once, start_recorder);
    if (!rec.running) {
        pthread_mutex_unlock(&rec.owner);
        return;
    }
    rec.info = chk->info; /* the recorder is idle: it reads info only after new operations */
    chk->rec_async = true;
}

void check_recorder_end(Checker *chk) {
    if (!chk->rec_async) return;
    drain();
    rec.info = NULL;
    chk->rec_async = false;
    pthread_mutex_unlock(&rec.owner);
}

static void send(Checker *chk, RecKind kind, void *key, void *val) {
    RecOp op = {kind, key, val};
    if (!chk->rec_async) {
        apply(chk->info, &op);
        return;
    }
    uint64_t t = atomic_load_explicit(&rec.tail, memory_order_relaxed);
    if (t - rec.head_seen >= RING) {
        rec.head_seen = atomic_load_explicit(&rec.head, memory_order_acquire);
        if (t - rec.head_seen >= RING) { /* full */
            drain();
            rec.head_seen = t;
        }
    }
    rec.ring[t & (RING - 1)] = op;
    atomic_store_explicit(&rec.tail, t + 1, memory_order_release);
    if ((t & (BATCH - 1)) == 0) {
        /* pairs with the recorder's store of sleeping before it looks at tail */
        atomic_thread_fence(memory_order_seq_cst);
        if (atomic_load_explicit(&rec.sleeping, memory_order_relaxed)) wake();
    }
}

void check_send_type(Checker *chk, AstNode *x, TypeAndValue *tv) { send(chk, REC_TYPE, x, tv); }
void check_send_def(Checker *chk, AstNode *ident, Object *obj) { send(chk, REC_DEF, ident, obj); }
void check_send_use(Checker *chk, AstNode *ident, Object *obj) { send(chk, REC_USE, ident, obj); }
void check_send_implicit(Checker *chk, AstNode *node, Object *obj) { send(chk, REC_IMPLICIT, node, obj); }
void check_send_selection(Checker *chk, AstNode *x, Selection *s) { send(chk, REC_SELECTION, x, s); }
void check_send_instance(Checker *chk, AstNode *ident, Instance *in) { send(chk, REC_INSTANCE, ident, in); }
void check_send_comma_ok(Checker *chk, AstNode *e, Type **pairs) { send(chk, REC_COMMA_OK, e, pairs); }
