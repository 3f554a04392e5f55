/* Escape attempts: every way out of the preopened /sandbox must fail, and the errno is printed.
 * Some paths are refused by wasi-libc before any host call (no preopen matches them); the rest
 * reach the host through path_* calls relative to the sandbox descriptor, with "..", absolute
 * paths and symlinks pointing outside. Controls that stay inside must succeed. The runner also
 * checks that nothing appeared beside the sandbox folder. */
#include <dirent.h>
#include <fcntl.h>
#include <stdlib.h>
#include <sys/stat.h>
#include <unistd.h>
#include <wasi/api.h>
#include "common.h"

/* Opens for reading and reports; closes what it opened. */
static void try_open(const char *label, int dirfd, const char *path) {
    int fd = dirfd < 0 ? open(path, O_RDONLY) : openat(dirfd, path, O_RDONLY);
    report(label, fd);
    if (fd >= 0) close(fd);
}

int main(void) {
    /* Refused by wasi-libc's preopen lookup. */
    try_open("open /etc/passwd", -1, "/etc/passwd");
    try_open("open ../x (relative to the cwd /)", -1, "../x");
    try_open("open /", -1, "/");

    /* Refused by the host: the path leaves the preopened directory. */
    try_open("open /sandbox/../../etc/passwd", -1, "/sandbox/../../etc/passwd");
    try_open("open /sandbox/..", -1, "/sandbox/..");
    int sandbox = open("/sandbox", O_RDONLY | O_DIRECTORY);
    report("open /sandbox as a directory", sandbox);
    try_open("openat(sandbox, ../etc/passwd)", sandbox, "../etc/passwd");
    try_open("openat(sandbox, sub/../../etc/passwd)", sandbox, "sub/../../etc/passwd");
    try_open("openat(sandbox, /etc/passwd) (absolute: libc ignores the descriptor)", sandbox, "/etc/passwd");
    try_open("openat(sandbox, ..)", sandbox, "..");

    /* Raw preview-1 path_open on the first preopen (descriptor 3). */
    __wasi_fd_t raw = 0;
    __wasi_errno_t e = __wasi_path_open(3, 0, "../../../../etc/passwd", 0, __WASI_RIGHTS_FD_READ, 0, 0, &raw);
    printf("path_open(3, ../../../../etc/passwd): %s\n", errno_name(e));
    e = __wasi_path_open(3, 0, "/etc/passwd", 0, __WASI_RIGHTS_FD_READ, 0, 0, &raw);
    printf("path_open(3, /etc/passwd): %s\n", errno_name(e));
    e = __wasi_path_open(3, 0, "/hello.txt", 0, __WASI_RIGHTS_FD_READ, 0, 0, &raw);
    printf("path_open(3, /hello.txt) (absolute, though the file exists): %s\n", errno_name(e));

    /* Controls: ".." that stays inside is fine. */
    try_open("control: openat(sandbox, sub/../hello.txt)", sandbox, "sub/../hello.txt");
    try_open("control: open /sandbox/sub/../hello.txt", -1, "/sandbox/sub/../hello.txt");

    /* Writes outside: none may happen. */
    report("mkdir /sandbox/../escaped-dir", mkdir("/sandbox/../escaped-dir", 0755));
    report("create /sandbox/../escaped-file", open("/sandbox/../escaped-file", O_CREAT | O_WRONLY, 0644));
    report("rename hello.txt to ../escaped-rename", rename("/sandbox/hello.txt", "/sandbox/../escaped-rename"));
    report("link hello.txt to ../escaped-link", link("/sandbox/hello.txt", "/sandbox/../escaped-link"));
    report("symlink placed outside", symlink("hello.txt", "/sandbox/../escaped-symlink"));
    report("unlink ../dir (the sandbox's own entry)", unlinkat(sandbox, "../dir", 0));

    /* Symlinks: an absolute target is refused; a relative one that climbs out can be created
     * (it is only text) but never followed. */
    report("symlink /etc/passwd as abs-link", symlink("/etc/passwd", "/sandbox/abs-link"));
    report("symlink ../../../../etc/passwd as up-link", symlink("../../../../etc/passwd", "/sandbox/up-link"));
    char target[128] = "";
    ssize_t n = readlink("/sandbox/up-link", target, sizeof target - 1);
    printf("readlink up-link: %s [%s]\n", n < 0 ? errno_name(errno) : "ok", n < 0 ? "" : target);
    try_open("open through up-link", -1, "/sandbox/up-link");
    struct stat st;
    report("stat through up-link", stat("/sandbox/up-link", &st));
    report("lstat up-link itself", lstat("/sandbox/up-link", &st));
    report("symlink .. as parent-link", symlink("..", "/sandbox/parent-link"));
    try_open("open parent-link/dir/hello.txt", -1, "/sandbox/parent-link/dir/hello.txt");
    report("opendir parent-link", opendir("/sandbox/parent-link") ? 0 : -1);
    report("mkdir parent-link/escaped-through-link", mkdir("/sandbox/parent-link/escaped-through-link", 0755));
    report("symlink sub/../.. as sub-up-link", symlink("sub/../..", "/sandbox/sub-up-link"));
    try_open("open sub-up-link/etc/passwd", -1, "/sandbox/sub-up-link/etc/passwd");
    report("symlink sub as sub-link (control)", symlink("sub", "/sandbox/sub-link"));
    try_open("control: open sub-link/nested.txt", -1, "/sandbox/sub-link/nested.txt");

    /* Clean up the links so the listing below is the seed again. */
    const char *links[] = {"up-link", "parent-link", "sub-up-link", "sub-link"};
    for (size_t i = 0; i < sizeof links / sizeof links[0]; i++) unlinkat(sandbox, links[i], 0);
    DIR *dir = opendir("/sandbox");
    int entries = 0;
    struct dirent *entry;
    while (dir && (entry = readdir(dir)) != NULL)
        if (strcmp(entry->d_name, ".") != 0 && strcmp(entry->d_name, "..") != 0) entries++;
    if (dir) closedir(dir);
    printf("entries left in /sandbox: %d\n", entries);
    return 0;
}
