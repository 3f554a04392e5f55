/* Files in the preopened directory /sandbox (a fresh copy of sandbox-seed per run): read the seed,
 * create, write, seek, pread/pwrite, truncate, append, stat, set times, rename, link, symlink,
 * mkdir/rmdir, readdir (sorted by the program) and unlink, with the errno of each expected failure. */
#include <dirent.h>
#include <fcntl.h>
#include <stdlib.h>
#include <sys/stat.h>
#include <unistd.h>
#include "common.h"

#define CHECK(label, expr) report(label, (expr))

static void print_file(const char *path) {
    int fd = open(path, O_RDONLY);
    if (fd < 0) {
        printf("cat %s: %s\n", path, errno_name(errno));
        return;
    }
    char buffer[256];
    ssize_t n = read(fd, buffer, sizeof buffer - 1);
    close(fd);
    if (n < 0) {
        printf("cat %s: read %s\n", path, errno_name(errno));
        return;
    }
    buffer[n] = 0;
    printf("cat %s (%zd bytes): [", path, n);
    for (ssize_t i = 0; i < n; i++) {
        unsigned char c = (unsigned char)buffer[i];
        if (c == '\n') printf("\\n");
        else if (c < 32 || c > 126) printf("\\x%02x", c);
        else putchar(c);
    }
    printf("]\n");
}

static void print_size(const char *path) {
    struct stat st;
    if (stat(path, &st) != 0) printf("stat %s: %s\n", path, errno_name(errno));
    else if (S_ISREG(st.st_mode)) printf("stat %s: file, %lld bytes\n", path, (long long)st.st_size);
    else printf("stat %s: %s\n", path, S_ISDIR(st.st_mode) ? "directory" : "other");
}

static int compare_strings(const void *a, const void *b) {
    return strcmp(*(const char *const *)a, *(const char *const *)b);
}

/* Lists a directory sorted by name, without "." and "..", with a type letter per entry. */
static void list(const char *path) {
    DIR *dir = opendir(path);
    if (dir == NULL) {
        printf("ls %s: %s\n", path, errno_name(errno));
        return;
    }
    char *names[64];
    int count = 0;
    struct dirent *entry;
    while ((entry = readdir(dir)) != NULL && count < 64) {
        if (strcmp(entry->d_name, ".") == 0 || strcmp(entry->d_name, "..") == 0) continue;
        char type = entry->d_type == DT_DIR ? 'd' : entry->d_type == DT_REG ? 'f' : entry->d_type == DT_LNK ? 'l' : '?';
        char *line = malloc(strlen(entry->d_name) + 3);
        line[0] = type;
        line[1] = ' ';
        strcpy(line + 2, entry->d_name);
        names[count++] = line;
    }
    closedir(dir);
    qsort(names, (size_t)count, sizeof names[0], compare_strings);
    printf("ls %s:", path);
    for (int i = 0; i < count; i++) {
        printf(" [%s]", names[i]);
        free(names[i]);
    }
    printf("\n");
}

int main(void) {
    /* The seed. */
    list("/sandbox");
    print_file("/sandbox/hello.txt");
    print_file("/sandbox/sub/nested.txt");
    print_size("/sandbox/hello.txt");
    print_size("/sandbox/sub");

    /* Create and write. */
    int fd = open("/sandbox/new.txt", O_CREAT | O_EXCL | O_WRONLY, 0644);
    CHECK("create new.txt", fd);
    printf("write: %zd\n", write(fd, "0123456789abcdef", 16));
    CHECK("close", close(fd));
    CHECK("create new.txt again with O_EXCL", open("/sandbox/new.txt", O_CREAT | O_EXCL | O_WRONLY, 0644));
    CHECK("open missing.txt", open("/sandbox/missing.txt", O_RDONLY));

    /* Seek and read back. */
    fd = open("/sandbox/new.txt", O_RDWR);
    CHECK("open new.txt read-write", fd);
    char buffer[64] = {0};
    ssize_t n;
    printf("lseek SET 10: %lld\n", (long long)lseek(fd, 10, SEEK_SET));
    printf("read 6: %zd [%.6s]\n", read(fd, buffer, 6), buffer);
    printf("lseek END -4: %lld\n", (long long)lseek(fd, -4, SEEK_END));
    printf("write 4: %zd\n", write(fd, "WXYZ", 4));
    printf("lseek CUR 0: %lld\n", (long long)lseek(fd, 0, SEEK_CUR));
    CHECK("lseek to a negative offset", (int)lseek(fd, -100, SEEK_SET));
    printf("pwrite at 2: %zd\n", pwrite(fd, "--", 2, 2));
    memset(buffer, 0, sizeof buffer);
    n = pread(fd, buffer, 4, 0);
    printf("pread 4 at 0: %zd [%.4s]\n", n, buffer);
    printf("offset after pread/pwrite: %lld\n", (long long)lseek(fd, 0, SEEK_CUR));
    printf("lseek SET 20: %lld\n", (long long)lseek(fd, 20, SEEK_SET));
    printf("write past the end: %zd\n", write(fd, "!", 1));
    struct stat st;
    CHECK("fstat", fstat(fd, &st));
    printf("size after writing past the end: %lld\n", (long long)st.st_size);
    memset(buffer, 'x', sizeof buffer);
    n = pread(fd, buffer, sizeof buffer, 0);
    printf("pread all: %zd [%.16s] gap:", n, buffer);
    for (int i = 16; i < 21; i++) printf(" %02x", (unsigned char)buffer[i]);
    printf("\n");
    CHECK("ftruncate 8", ftruncate(fd, 8));
    CHECK("fstat", fstat(fd, &st));
    printf("size after ftruncate: %lld\n", (long long)st.st_size);
    CHECK("fsync", fsync(fd));
    CHECK("fdatasync", fdatasync(fd));
    CHECK("close", close(fd));
    CHECK("close again", close(fd));

    /* Append, read-only descriptors. */
    fd = open("/sandbox/new.txt", O_WRONLY | O_APPEND);
    CHECK("open append", fd);
    lseek(fd, 0, SEEK_SET);
    printf("append write: %zd\n", write(fd, "+tail", 5));
    close(fd);
    print_file("/sandbox/new.txt");
    fd = open("/sandbox/new.txt", O_RDONLY);
    CHECK("write to a read-only descriptor", (int)write(fd, "x", 1));
    close(fd);
    fd = open("/sandbox/new.txt", O_WRONLY | O_TRUNC);
    CHECK("open with O_TRUNC", fd);
    CHECK("read from a write-only descriptor", (int)read(fd, buffer, 1));
    printf("write after truncate: %zd\n", write(fd, "short", 5));
    close(fd);
    print_file("/sandbox/new.txt");

    /* Timestamps set explicitly read back exactly. */
    struct timespec times[2] = {{1600000000, 0}, {1700000000, 500000000}};
    CHECK("utimensat", utimensat(AT_FDCWD, "/sandbox/new.txt", times, 0));
    CHECK("stat", stat("/sandbox/new.txt", &st));
    printf("atime %lld.%09ld mtime %lld.%09ld\n", (long long)st.st_atim.tv_sec, st.st_atim.tv_nsec,
           (long long)st.st_mtim.tv_sec, st.st_mtim.tv_nsec);

    /* Rename, link, symlink. */
    CHECK("rename new.txt -> renamed.txt", rename("/sandbox/new.txt", "/sandbox/renamed.txt"));
    print_size("/sandbox/new.txt");
    print_size("/sandbox/renamed.txt");
    CHECK("rename missing.txt", rename("/sandbox/missing.txt", "/sandbox/other.txt"));
    CHECK("link renamed.txt -> hard.txt", link("/sandbox/renamed.txt", "/sandbox/hard.txt"));
    fd = open("/sandbox/hard.txt", O_WRONLY | O_APPEND);
    printf("append through hard.txt: %zd\n", write(fd, "+link", 5));
    close(fd);
    print_file("/sandbox/renamed.txt");
    CHECK("unlink hard.txt", unlink("/sandbox/hard.txt"));
    print_file("/sandbox/renamed.txt");
    fd = open("/sandbox/other.txt", O_CREAT | O_WRONLY, 0644);
    printf("write other.txt: %zd\n", write(fd, "other", 5));
    close(fd);
    CHECK("rename other.txt over renamed.txt", rename("/sandbox/other.txt", "/sandbox/renamed.txt"));
    print_file("/sandbox/renamed.txt");
    print_size("/sandbox/other.txt");
    CHECK("symlink hello.txt <- link.txt", symlink("hello.txt", "/sandbox/link.txt"));
    memset(buffer, 0, sizeof buffer);
    n = readlink("/sandbox/link.txt", buffer, sizeof buffer - 1);
    printf("readlink link.txt: %zd [%s]\n", n, buffer);
    print_file("/sandbox/link.txt");
    CHECK("lstat link.txt", lstat("/sandbox/link.txt", &st));
    printf("lstat says symlink: %s\n", S_ISLNK(st.st_mode) ? "yes" : "no");
    CHECK("readlink on a regular file", (int)readlink("/sandbox/hello.txt", buffer, sizeof buffer));
    CHECK("unlink link.txt", unlink("/sandbox/link.txt"));
    print_size("/sandbox/hello.txt");

    /* Directories. */
    CHECK("mkdir dir", mkdir("/sandbox/dir", 0755));
    CHECK("mkdir dir again", mkdir("/sandbox/dir", 0755));
    CHECK("mkdir over a file", mkdir("/sandbox/hello.txt", 0755));
    CHECK("mkdir in a missing parent", mkdir("/sandbox/nope/dir", 0755));
    close(open("/sandbox/dir/b.txt", O_CREAT | O_WRONLY, 0644));
    close(open("/sandbox/dir/a.txt", O_CREAT | O_WRONLY, 0644));
    CHECK("rename dir -> moved", rename("/sandbox/dir", "/sandbox/moved"));
    list("/sandbox");
    list("/sandbox/moved");
    CHECK("open a file as a directory", open("/sandbox/hello.txt", O_RDONLY | O_DIRECTORY));
    CHECK("open a path through a file", open("/sandbox/hello.txt/x", O_RDONLY));
    CHECK("rmdir a non-empty directory", rmdir("/sandbox/moved"));
    CHECK("rmdir a file", rmdir("/sandbox/hello.txt"));
    CHECK("unlink a directory", unlink("/sandbox/moved"));
    CHECK("unlink moved/a.txt", unlink("/sandbox/moved/a.txt"));
    CHECK("unlink moved/b.txt", unlink("/sandbox/moved/b.txt"));
    CHECK("rmdir moved", rmdir("/sandbox/moved"));
    print_size("/sandbox/moved");
    CHECK("unlink renamed.txt", unlink("/sandbox/renamed.txt"));
    CHECK("unlink renamed.txt again", unlink("/sandbox/renamed.txt"));
    list("/sandbox");
    list("/sandbox/sub");
    fprintf(stderr, "files: done\n");
    return 0;
}
