/* Descriptor operations beyond read/write: fd_renumber, fd_advise, fd_allocate, fd_fdstat_get and
 * fd_fdstat_set_flags (O_APPEND through fcntl), fd_filestat_set_times (futimens), fd_tell, and
 * the errors for bad or closed descriptors. Runs in the preopened /sandbox. */
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>
#include <wasi/api.h>
#include "common.h"

static void show(const char *label, __wasi_errno_t e) { printf("%s: %s\n", label, errno_name(e)); }

int main(void) {
    int a = open("/sandbox/a.txt", O_CREAT | O_RDWR, 0644);
    int b = open("/sandbox/b.txt", O_CREAT | O_RDWR, 0644);
    report("open a.txt", a);
    report("open b.txt", b);
    printf("write a: %zd\n", write(a, "AAAA", 4));
    printf("write b: %zd\n", write(b, "BB", 2));

    /* fd_renumber moves a over b: b now names a.txt (at a's offset), and a is closed. */
    show("fd_renumber a -> b", __wasi_fd_renumber((__wasi_fd_t)a, (__wasi_fd_t)b));
    printf("write through b: %zd\n", write(b, "++", 2));
    report("write through the old a", (int)write(a, "x", 1));
    show("fd_renumber of a closed descriptor", __wasi_fd_renumber((__wasi_fd_t)a, (__wasi_fd_t)b));
    show("fd_renumber onto itself", __wasi_fd_renumber((__wasi_fd_t)b, (__wasi_fd_t)b));

    __wasi_filesize_t position = 99;
    show("fd_tell", __wasi_fd_tell((__wasi_fd_t)b, &position));
    printf("position: %llu\n", (unsigned long long)position);
    show("fd_advise sequential", __wasi_fd_advise((__wasi_fd_t)b, 0, 6, __WASI_ADVICE_SEQUENTIAL));

    __wasi_fdstat_t stat;
    show("fd_fdstat_get", __wasi_fd_fdstat_get((__wasi_fd_t)b, &stat));
    printf("filetype regular: %s, append flag: %s\n", stat.fs_filetype == __WASI_FILETYPE_REGULAR_FILE ? "yes" : "no",
           (stat.fs_flags & __WASI_FDFLAGS_APPEND) ? "yes" : "no");
    report("fcntl F_SETFL O_APPEND", fcntl(b, F_SETFL, O_APPEND));
    show("fd_fdstat_get", __wasi_fd_fdstat_get((__wasi_fd_t)b, &stat));
    printf("append flag now: %s\n", (stat.fs_flags & __WASI_FDFLAGS_APPEND) ? "yes" : "no");
    lseek(b, 0, SEEK_SET);
    printf("write in append mode: %zd\n", write(b, "!", 1));

    struct timespec times[2] = {{1500000000, 0}, {1500000001, 0}};
    report("futimens", futimens(b, times));
    struct stat st;
    report("fstat", fstat(b, &st));
    printf("size %lld, mtime %lld\n", (long long)st.st_size, (long long)st.st_mtim.tv_sec);
    struct timespec omit[2] = {{0, UTIME_OMIT}, {1400000000, 0}};
    report("futimens with UTIME_OMIT for atime", futimens(b, omit));
    report("fstat", fstat(b, &st));
    printf("atime %lld, mtime %lld\n", (long long)st.st_atim.tv_sec, (long long)st.st_mtim.tv_sec);

    char buffer[32] = "";
    ssize_t n = pread(b, buffer, sizeof buffer - 1, 0);
    printf("a.txt through b: %zd [%s]\n", n, buffer);
    report("close b", close(b));

    int fd = open("/sandbox/b.txt", O_RDONLY);
    memset(buffer, 0, sizeof buffer);
    printf("b.txt untouched: %zd [%s]\n", read(fd, buffer, sizeof buffer - 1), buffer);
    close(fd);

    show("fd_fdstat_get on descriptor 99", __wasi_fd_fdstat_get(99, &stat));
    report("close descriptor 99", close(99));
    report("lseek on descriptor 99", (int)lseek(99, 0, SEEK_SET));
    report("read from descriptor 99", (int)read(99, buffer, 1));
    return 0;
}
