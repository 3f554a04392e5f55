/* Directory reading across many entries: creates more entries than fit one fd_readdir buffer,
 * checks that readdir returns each exactly once, that rewinddir restarts the listing, and that
 * seekdir to a telldir cookie resumes at the same entry. Then removes everything again. */
#include <dirent.h>
#include <fcntl.h>
#include <stdlib.h>
#include <sys/stat.h>
#include <unistd.h>
#include "common.h"

#define COUNT 300

static int index_of(const char *name) {
    int index;
    char tail[64];
    if (sscanf(name, "entry-%3d-%63s", &index, tail) != 2) return -1;
    if (strcmp(tail, "with-a-fairly-long-name-to-fill-buffers.txt") != 0) return -1;
    return index >= 0 && index < COUNT ? index : -1;
}

/* Reads the rest of the directory; returns how many entries were seen, or -1 on a duplicate or a
 * stranger. */
static int scan(DIR *dir, unsigned char *seen) {
    int total = 0;
    struct dirent *entry;
    memset(seen, 0, COUNT);
    while ((entry = readdir(dir)) != NULL) {
        if (strcmp(entry->d_name, ".") == 0 || strcmp(entry->d_name, "..") == 0) continue;
        int index = index_of(entry->d_name);
        if (index < 0 || seen[index]) return -1;
        seen[index] = 1;
        total++;
    }
    return total;
}

int main(void) {
    char path[128];
    report("mkdir /sandbox/many", mkdir("/sandbox/many", 0755));
    int created = 0;
    for (int i = 0; i < COUNT; i++) {
        snprintf(path, sizeof path, "/sandbox/many/entry-%03d-with-a-fairly-long-name-to-fill-buffers.txt", i);
        int fd = open(path, O_CREAT | O_EXCL | O_WRONLY, 0644);
        if (fd >= 0) {
            created++;
            close(fd);
        }
    }
    printf("created: %d\n", created);

    unsigned char seen[COUNT];
    DIR *dir = opendir("/sandbox/many");
    if (dir == NULL) {
        printf("opendir: %s\n", errno_name(errno));
        return 1;
    }
    printf("first pass: %d distinct entries\n", scan(dir, seen));
    rewinddir(dir);
    printf("after rewinddir: %d distinct entries\n", scan(dir, seen));

    rewinddir(dir);
    struct dirent *entry = NULL;
    int skipped = 0;
    while (skipped < 150 && (entry = readdir(dir)) != NULL)
        if (strcmp(entry->d_name, ".") != 0 && strcmp(entry->d_name, "..") != 0) skipped++;
    long cookie = telldir(dir);
    entry = readdir(dir);
    char remembered[256] = "";
    if (entry) snprintf(remembered, sizeof remembered, "%s", entry->d_name);
    int rest = entry ? 1 : 0;
    while ((entry = readdir(dir)) != NULL)
        if (strcmp(entry->d_name, ".") != 0 && strcmp(entry->d_name, "..") != 0) rest++;
    seekdir(dir, cookie);
    entry = readdir(dir);
    printf("seekdir to a telldir cookie resumes at the same entry: %s\n",
           entry && strcmp(entry->d_name, remembered) == 0 ? "yes" : "no");
    printf("entries read in two parts: %d\n", skipped + rest);
    closedir(dir);

    int removed = 0;
    for (int i = 0; i < COUNT; i++) {
        snprintf(path, sizeof path, "/sandbox/many/entry-%03d-with-a-fairly-long-name-to-fill-buffers.txt", i);
        if (unlink(path) == 0) removed++;
    }
    printf("removed: %d\n", removed);
    report("rmdir /sandbox/many", rmdir("/sandbox/many"));
    return 0;
}
