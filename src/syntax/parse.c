/* parse.c: parser core (token stream, errors with gc's wording, recovery,
 * list scratch stack) and the file level: package clause, imports,
 * declarations, pragma attachment. */
#include <stdio.h>
#include <string.h>

#include "syntax/parser.h"

bool parse_stmt_start[TK_COUNT], parse_decl_start[TK_COUNT], parse_expr_end[TK_COUNT], parse_stmt_end[TK_COUNT],
    parse_clause_start[TK_COUNT];

void parse_init_sets(void) {
    static const Tok ss[] = {TK_BREAK, TK_CONST, TK_CONTINUE, TK_DEFER, TK_FALLTHROUGH, TK_FOR, TK_GO,
                             TK_GOTO, TK_IF, TK_RETURN, TK_SELECT, TK_SWITCH, TK_TYPE, TK_VAR};
    static const Tok ds[] = {TK_IMPORT, TK_CONST, TK_TYPE, TK_VAR, TK_FUNC};
    static const Tok es[] = {TK_COMMA, TK_COLON, TK_SEMICOLON, TK_RPAREN, TK_RBRACK, TK_RBRACE};
    for (size_t i = 0; i < sizeof ss / sizeof ss[0]; i++) parse_stmt_start[ss[i]] = true;
    for (size_t i = 0; i < sizeof ds / sizeof ds[0]; i++) parse_decl_start[ds[i]] = true;
    for (size_t i = 0; i < sizeof es / sizeof es[0]; i++) parse_expr_end[es[i]] = true;
    parse_stmt_end[TK_SEMICOLON] = parse_stmt_end[TK_RBRACE] = parse_stmt_end[TK_CASE] = parse_stmt_end[TK_DEFAULT] = true;
    parse_clause_start[TK_RBRACE] = parse_clause_start[TK_CASE] = parse_clause_start[TK_DEFAULT] = true;
}

/* ---- errors ----------------------------------------------------------- */

void parse_error(Parser *p, Pos pos, const char *msg) { syn_error(&p->errs, pos, "%s", msg); }

/* tok_desc describes the current token as gc does in "unexpected X". */
static void tok_desc(Parser *p, char *buf, size_t n) {
    Tok t = p->tok;
    switch (t) {
    case TK_IDENT: snprintf(buf, n, "name %s", p->lx.sym->s); return;
    case TK_INT: case TK_FLOAT: case TK_IMAG: case TK_CHAR: case TK_STRING:
        snprintf(buf, n, "literal %.*s", (int)(p->lx.len < 200 ? p->lx.len : 200), p->lx.lit);
        return;
    case TK_SEMICOLON:
        snprintf(buf, n, "%s", !p->lx.implicit ? "semicolon" : p->lx.eofsemi ? "EOF" : "newline");
        return;
    case TK_COMMA: snprintf(buf, n, "comma"); return;
    default: break;
    }
    if (t >= TK_FIRST_KEYWORD && t <= TK_LAST_KEYWORD) snprintf(buf, n, "keyword %s", tok_string(t));
    else snprintf(buf, n, "%s", tok_string(t));
}

/* parse_syntax_error reports msg at pos in gc's form: messages starting with
 * "in ", "at ", "after " or "expected " name the unexpected token. */
void parse_syntax_error(Parser *p, Pos pos, const char *msg) {
    if (p->tok == TK_EOF && p->errs.count > 0) return;
    const char *sep = NULL;
    if (!strncmp(msg, "in ", 3) || !strncmp(msg, "at ", 3) || !strncmp(msg, "after ", 6)) sep = " ";
    else if (!strncmp(msg, "expected ", 9)) sep = ", ";
    if (!sep) {
        syn_error(&p->errs, pos, "syntax error: %s", msg);
        return;
    }
    char tok[256];
    tok_desc(p, tok, sizeof tok);
    syn_error(&p->errs, pos, "syntax error: unexpected %s%s%s", tok, sep, msg);
}

static const char *tokstring(Tok t) {
    switch (t) {
    case TK_COMMA: return "comma";
    case TK_SEMICOLON: return "semicolon or newline";
    default: return tok_string(t);
    }
}

Pos parse_expect_slow(Parser *p, Tok t, const char *context) {
    Pos pos = p->pos;
    if (p->tok != t) {
        char msg[128];
        if (context) snprintf(msg, sizeof msg, "%s", context);
        else snprintf(msg, sizeof msg, "expected %s", tokstring(t));
        parse_syntax_error(p, pos, msg);
    }
    parse_next(p);
    return pos;
}

/* parse_progress is a safety net for error recovery: a list item that
 * consumed nothing (never on valid input) is followed by a skipped token,
 * so no loop can spin. */
void parse_progress(Parser *p, Pos before) {
    if (pos_cmp(p->pos, before) == 0 && p->tok != TK_EOF) parse_next(p);
}

void parse_advance(Parser *p, const bool *to) {
    for (; p->tok != TK_EOF; parse_next(p)) {
        if (!to[p->tok]) continue;
        if (pos_cmp(p->pos, p->syncpos) == 0 && p->synccnt < 10) {
            p->synccnt++;
            return;
        }
        if (pos_cmp(p->pos, p->syncpos) > 0) {
            p->syncpos = p->pos;
            p->synccnt = 0;
            return;
        }
    }
}

void parse_expect_semi(Parser *p, const char *context) {
    switch (p->tok) {
    case TK_RPAREN: case TK_RBRACE: return;
    case TK_SEMICOLON: parse_next(p); return;
    default:
        /* as gc: skip to the end of the statement, or to the next
         * declaration after a top-level one */
        parse_syntax_error(p, p->pos, context ? context : "at end of statement");
        if (context && !strncmp(context, "after top level", 15)) {
            parse_advance(p, parse_decl_start);
        } else if (!context) {
            parse_advance(p, parse_stmt_end);
            parse_got(p, TK_SEMICOLON);
        } else {
            parse_advance(p, parse_stmt_start);
        }
    }
}

bool parse_at_comma(Parser *p, const char *context, Tok follow) {
    if (p->tok == TK_COMMA) return true;
    if (p->tok != follow) {
        char msg[160];
        snprintf(msg, sizeof msg, "in %s; possibly missing comma or %s", context, tokstring(follow));
        parse_syntax_error(p, p->pos, msg);
        return true; /* "insert" the comma and go on */
    }
    return false;
}

/* ---- nodes, lists, nesting ------------------------------------------------ */

void parse_grow_stack(Parser *p) {
    p->scap = p->scap ? 2 * p->scap : 256;
    p->stk = xrealloc(p->stk, sizeof(AstNode *) * (size_t)p->scap);
}

void *parse_cut_slow(Parser *p, size_t size) {
    size_t sz = sizeof(AstNode) * 512;
    if (size > sz / 4) return arena_alloc(p->arena, size);
    if (p->blk) arena_trim(p->arena, p->blk, p->blkend); /* the next block follows what was used */
    p->blk = arena_alloc(p->arena, sz);
    p->blkend = p->blk + sz;
    void *q = p->blk;
    p->blk += size;
    return q;
}

AstList parse_list(Parser *p, int mark) {
    AstList l = {NULL, p->sn - mark};
    if (l.n > 0) {
        l.a = parse_cut(p, sizeof(AstNode *) * (size_t)l.n);
        memcpy(l.a, p->stk + mark, sizeof(AstNode *) * (size_t)l.n);
    }
    p->sn = mark;
    return l;
}

bool parse_too_deep(Parser *p) {
    if (!p->stop) parse_error(p, p->pos, "exceeded max nesting depth");
    p->stop = true;
    p->tok = TK_EOF;
    return false;
}

/* ---- pragmas -------------------------------------------------------------- */

static uint32_t pragma_flag(const char *s) {
    size_t n = strcspn(s, " \t");
#define P(name, text)                                                         \
    if (n == sizeof(text) - 1 && !memcmp(s, text, n)) return PRAGMA_##name;
    AST_PRAGMAS(P)
#undef P
    return 0;
}

/* take_pragmas returns the flags of the directives seen since the last
 * declaration and before pos, and marks them used. */
static uint32_t take_pragmas(Parser *p, Pos pos) {
    uint32_t flags = 0;
    AstDirectives *d = &p->af->directives;
    for (; p->ndir < d->n && pos_cmp(d->a[p->ndir].pos, pos) < 0; p->ndir++) {
        uint32_t f = pragma_flag(d->a[p->ndir].text);
        if (f == PRAGMA_NOSPLIT || f == PRAGMA_CGOUNSAFEARGS) f |= PRAGMA_NOCHECKPTR;
        if (f == PRAGMA_NOWRITEBARRIERREC) f |= PRAGMA_NOWRITEBARRIER;
        if (f == PRAGMA_UINTPTRESCAPES) f |= PRAGMA_UINTPTRKEEPALIVE;
        flags |= f;
    }
    return flags;
}

/* ---- files ---------------------------------------------------------------- */

static void parse_decls(Parser *p) {
    int mark = p->sn, imark = -1;
    Vec(AstNode *) imports = {0};
    while (p->tok == TK_IMPORT) {
        take_pragmas(p, p->pos);
        AstNode *d = parse_gen_decl(p, TK_IMPORT);
        parse_push(p, d);
        for (int i = 0; i < d->u.gendecl.specs.n; i++) vec_push(&imports, d->u.gendecl.specs.a[i]);
    }
    (void)imark;
    Tok prev = TK_IMPORT;
    while (p->tok != TK_EOF) {
        if (p->tok == TK_IMPORT && prev != TK_IMPORT)
            parse_syntax_error(p, p->pos, "imports must appear before other declarations");
        prev = p->tok;
        Pos at = p->pos;
        uint32_t prag = take_pragmas(p, at);
        AstNode *d = parse_decl(p, parse_decl_start);
        parse_progress(p, at);
        if (d->kind == N_FuncDecl) d->u.funcdecl.pragmas = prag;
        if (d->kind == N_GenDecl && d->u.gendecl.tok == TK_IMPORT)
            for (int i = 0; i < d->u.gendecl.specs.n; i++) vec_push(&imports, d->u.gendecl.specs.a[i]);
        parse_push(p, d);
    }
    p->af->decls = parse_list(p, mark);
    p->af->imports.n = imports.n;
    p->af->imports.a = imports.n ? parse_cut(p, sizeof(AstNode *) * (size_t)imports.n) : NULL;
    if (imports.n) memcpy(p->af->imports.a, imports.a, sizeof(AstNode *) * (size_t)imports.n);
    vec_free(&imports);
}

AstFile *syn_parse_file(uint32_t file, Arena *arena, DiagList *diags) {
    syn_init();
    SrcFile *sf = file_get(file);
    sf->bases.n = 0; /* a file parsed again finds its line directives again */
    Parser *p = xmalloc(sizeof *p);
    memset(p, 0, sizeof *p);
    p->arena = arena;
    p->errs.out = diags;
    AstFile *af = arena_alloc(arena, sizeof *af);
    af->file = file;
    p->af = af;
    lex_init(&p->lx, file, sf->text ? sf->text : "", sf->text ? sf->size : 0, arena, &p->errs, af);
    parse_next(p);
    if (p->tok != TK_PACKAGE) {
        parse_syntax_error(p, p->pos, "package statement must be first");
    } else {
        af->package = p->pos;
        parse_next(p);
        af->name = parse_ident(p);
        parse_expect_semi(p, "after package clause");
        if (p->errs.count) { /* gc gives up on the file: the tree goes on, its errors not */
            af->nofile = true;
            p->errs.stopped = true;
        }
        parse_decls(p);
    }
    if (p->blk) arena_trim(arena, p->blk, p->blkend); /* the rest of the block was not used */
    af->nerrors = p->errs.count;
    af->toomany = p->errs.toomany;
    /* move the directive lists into the arena: the file owns no malloc'd memory */
    AstDirectives *lists[] = {&af->directives, &af->lines, &af->linknames, &af->embeds, &af->builds, &af->cgos};
    for (size_t i = 0; i < sizeof lists / sizeof lists[0]; i++) {
        AstDirectives *l = lists[i];
        int n = l->n;
        AstDirective *a = n ? vec_to_arena(arena, l) : NULL;
        vec_free(l);
        l->a = a;
        l->n = l->cap = n;
    }
    free(p->stk);
    free(p);
    return af;
}
