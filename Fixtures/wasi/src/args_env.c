/* Arguments and environment: prints argv[1...] (argv[0] is left out: runtimes name the program
 * differently), then every environment entry sorted by the program, then a few getenv lookups. */
#include <stdlib.h>
#include <string.h>
#include "common.h"

extern char **environ;

static int compare_strings(const void *a, const void *b) {
    return strcmp(*(const char *const *)a, *(const char *const *)b);
}

int main(int argc, char **argv) {
    printf("argc: %d\n", argc);
    printf("argv[0] present: %s\n", (argc > 0 && argv[0] != NULL) ? "yes" : "no");
    for (int i = 1; i < argc; i++)
        printf("argv[%d] (%zu bytes): [%s]\n", i, strlen(argv[i]), argv[i]);
    if (argv[argc] != NULL) printf("argv not NULL-terminated\n");

    size_t count = 0;
    while (environ != NULL && environ[count] != NULL) count++;
    char **sorted = malloc((count + 1) * sizeof *sorted);
    if (sorted == NULL) return 70;
    for (size_t i = 0; i < count; i++) sorted[i] = environ[i];
    qsort(sorted, count, sizeof *sorted, compare_strings);
    printf("environ: %zu entries\n", count);
    for (size_t i = 0; i < count; i++) printf("  %s\n", sorted[i]);
    free(sorted);

    const char *names[] = {"GREETING", "EMPTY", "EQUALS", "HOME", "PATH"};
    for (size_t i = 0; i < sizeof names / sizeof names[0]; i++) {
        const char *value = getenv(names[i]);
        if (value) printf("getenv(%s) = [%s]\n", names[i], value);
        else printf("getenv(%s) unset\n", names[i]);
    }
    fprintf(stderr, "args_env: done\n");
    return 0;
}
