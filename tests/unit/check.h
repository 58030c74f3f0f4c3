/* check.h: the one assertion the C unit tests share. CHECK(c) counts and
 * reports a failed condition with its test-file position and goes on; a
 * test's main returns failures != 0. */
#ifndef GOESC_TESTS_UNIT_CHECK_H
#define GOESC_TESTS_UNIT_CHECK_H

#include <stdio.h>

static int failures;
#define CHECK(c) ((c) ? (void)0 : (void)(failures++, fprintf(stderr, "%s:%d: check failed: %s\n", __FILE__, __LINE__, #c)))

#endif
