/*
 * Docflow's AppImage runtime: the program part of Docflow-<version>-x86_64.AppImage.
 *
 * Written for Docflow (see docs/install.md, "The AppImage"): appimagetool and the AppImage
 * project's runtime are in none of the package registries we build from, and code copied from
 * other projects may not live in this repository. This runtime follows the published type-2
 * image format: an ELF program, "AI\x02" at byte 8 (set by make_appimage.sh), and a SquashFS
 * image appended right after the end of the ELF -- the end of its section header table,
 * e_shoff + e_shnum * e_shentsize.
 *
 * Instead of mounting the image with FUSE (which needs fusermount and /dev/fuse, missing on
 * many desks and in containers) it unpacks the image ONCE per version into the user's cache,
 *     ${XDG_CACHE_HOME:-$HOME/.cache}/docflow/appimage/<version>-<first 16 hex of the SHA-256>
 * and runs AppRun from there; later starts find the folder and start as fast as the unpacked
 * bundle. The SquashFS is read with Debian's libsquashfuse (linked statically with its
 * decompressors, so the runtime needs only the C library).
 *
 *  - Integrity: make_appimage.sh compiles the image's SHA-256 and size into the runtime
 *    (IMAGE_SHA256, IMAGE_SIZE). Before anything is unpacked the image is checked against them,
 *    so an incomplete download or a damaged file gets a clear message and nothing is written.
 *  - Atomic: the tree is unpacked into <cache>/.tmp-<key>-XXXXXX, flushed to disk (syncfs), then
 *    renamed to <key>. A crash or power cut never leaves a half tree under the name that is used;
 *    left-over .tmp- folders are removed by the next start.
 *  - Locking: <cache>/.lock (flock) serialises look-up, unpacking and pruning between starts.
 *    A running Docflow holds a shared flock on its version's folder (the descriptor stays open
 *    across exec), so pruning another version never deletes files a running program uses.
 *  - Pruning: folders of other versions that no running program holds are removed.
 *
 * Options (only as the first argument; everything else goes to Docflow unchanged):
 *   --appimage-help, --appimage-offset, --appimage-extract, --appimage-extract-and-run,
 *   --appimage-version.
 * Environment for AppRun: APPIMAGE (this file, links resolved), APPDIR (the unpacked folder),
 * ARGV0 (the name it was started as: installer/launch.py starts the command line when that is
 * "docflow"), OWD (the working folder it was started in).
 * Exit status: AppRun's own, or 127 when it could not be started, 2 for a wrong option.
 * Messages follow LANGUAGE / LC_ALL / LC_MESSAGES / LANG: Azerbaijani, Russian, else English. They go
 * to stderr, and when there is no terminal but a desktop (double-clicked) to a dialog too.
 */
#define _GNU_SOURCE
#include <dirent.h>
#include <elf.h>
#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <locale.h>
#include <pwd.h>
#include <sha2.h>
#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <sys/statvfs.h>
#include <sys/types.h>
#include <sys/wait.h>
#include <unistd.h>

#undef _POSIX_C_SOURCE /* squashfuse's config.h defines its own */
#include <squashfuse/squashfuse.h>

#if !defined(DOCFLOW_VERSION) || !defined(IMAGE_SHA256) || !defined(IMAGE_SIZE) || !defined(UNPACKED_MB)
#error "build with -DDOCFLOW_VERSION=... -DIMAGE_SHA256=... -DIMAGE_SIZE=... -DUNPACKED_MB=... (make_appimage.sh)"
#endif

#define EXIT_CANNOT_START 127
#define EXIT_USAGE 2
#define CACHE_SUBDIR "docflow/appimage"
#define KEY_HEX_CHARS 16
#define IO_CHUNK (1024 * 1024)

/* ------------------------------------------------------------------ messages, in three languages */

enum { LANG_EN, LANG_AZ, LANG_RU };
static int lang = LANG_EN;

enum msg {
    M_UNKNOWN_OPTION, M_UNSUPPORTED, M_SELF, M_NO_IMAGE, M_INCOMPLETE, M_DAMAGED, M_BAD_FS,
    M_CORRUPT, M_NOSPACE, M_DISK_FULL, M_FOLDER, M_WRITE, M_EXEC, M_EXISTS, M_NO_HOME, M_UNPACKING,
    M_EXTRACTED, M_HELP,
    R_ACCESS, R_READONLY, R_MISSING, R_NOTDIR, R_FULL, R_IO, R_NOEXEC, R_RESOURCES, R_OTHER,
    M_COUNT
};

static const char *const MESSAGES[M_COUNT][3] = {
    [M_UNKNOWN_OPTION] = {
        "unknown option %s (--appimage-help lists the options).",
        "naməlum seçim: %s (seçimlərin siyahısı: --appimage-help).",
        "неизвестный параметр %s (список параметров: --appimage-help)."},
    [M_UNSUPPORTED] = {
        "%s is not available: this AppImage does not mount itself, it unpacks itself once into your cache folder (see --appimage-help).",
        "%s mövcud deyil: bu AppImage özünü qoşmur, keş qovluğunuza bir dəfə açılır (bax: --appimage-help).",
        "%s недоступен: этот AppImage не монтируется, а один раз распаковывается в папку кэша (см. --appimage-help)."},
    [M_SELF] = {
        "cannot read the AppImage file itself (%s): %s.",
        "AppImage faylının özünü oxumaq mümkün deyil (%s): %s.",
        "не удаётся прочитать сам файл AppImage (%s): %s."},
    [M_NO_IMAGE] = {
        "%s holds no Docflow image after its program part: the file is incomplete or damaged. Download it again.",
        "%s faylında proqram hissəsindən sonra Docflow obrazı yoxdur: fayl natamamdır və ya zədələnib. Onu yenidən endirin.",
        "в файле %s после программной части нет образа Docflow: файл неполный или повреждён. Скачайте его заново."},
    [M_INCOMPLETE] = {
        "%1$s is incomplete (%2$llu of %3$llu bytes): download it again.",
        "%1$s natamamdır (%3$llu baytdan yalnız %2$llu bayt var): onu yenidən endirin.",
        "файл %1$s неполный (%2$llu из %3$llu байт): скачайте его заново."},
    [M_DAMAGED] = {
        "%s is damaged: its contents do not match the SHA-256 recorded when it was built. Download it again.",
        "%s zədələnib: məzmunu hazırlanarkən qeyd olunmuş SHA-256 heşinə uyğun gəlmir. Onu yenidən endirin.",
        "файл %s повреждён: его содержимое не совпадает с SHA-256, записанной при сборке. Скачайте его заново."},
    [M_BAD_FS] = {
        "%s is damaged: its file system cannot be opened. Download it again.",
        "%s zədələnib: içindəki fayl sistemi açıla bilmir. Onu yenidən endirin.",
        "файл %s повреждён: его файловая система не открывается. Скачайте его заново."},
    [M_CORRUPT] = {
        "%s is damaged: %s cannot be read from it. Download it again.",
        "%s zədələnib: içindəki %s oxuna bilmir. Onu yenidən endirin.",
        "файл %s повреждён: из него не читается %s. Скачайте его заново."},
    [M_NOSPACE] = {
        "not enough disk space to unpack Docflow into %s: it needs %llu MB, %llu MB are free. Free some space (or point XDG_CACHE_HOME to a disk with room) and start it again.",
        "Docflow-u %s qovluğuna açmaq üçün diskdə kifayət qədər yer yoxdur: %llu MB lazımdır, %llu MB boşdur. Yer boşaldın (və ya XDG_CACHE_HOME ilə boş yeri olan diski göstərin) və yenidən başladın.",
        "недостаточно места на диске, чтобы распаковать Docflow в %s: нужно %llu МБ, свободно %llu МБ. Освободите место (или укажите в XDG_CACHE_HOME диск, где оно есть) и запустите снова."},
    [M_DISK_FULL] = {
        "the disk holding %s is full: Docflow could not be unpacked. Free some space and start it again.",
        "%s olan disk doludur: Docflow açıla bilmədi. Yer boşaldın və yenidən başladın.",
        "диск, на котором находится %s, заполнен: распаковать Docflow не удалось. Освободите место и запустите снова."},
    [M_FOLDER] = {
        "cannot use the folder %s: %s.",
        "%s qovluğundan istifadə etmək mümkün deyil: %s.",
        "не удаётся использовать папку %s: %s."},
    [M_WRITE] = {
        "cannot write %s: %s.",
        "%s yazıla bilmir: %s.",
        "не удаётся записать %s: %s."},
    [M_EXEC] = {
        "cannot start %s: %s.",
        "%s başladıla bilmir: %s.",
        "не удаётся запустить %s: %s."},
    [M_EXISTS] = {
        "%s already exists: remove it, or run this in another folder.",
        "%s artıq mövcuddur: onu silin və ya bunu başqa qovluqda işə salın.",
        "%s уже существует: удалите его или запустите это в другой папке."},
    [M_NO_HOME] = {
        "cannot tell where your cache folder is: neither XDG_CACHE_HOME nor HOME is set.",
        "keş qovluğunuzun harada olduğunu müəyyən etmək olmur: nə XDG_CACHE_HOME, nə də HOME təyin edilib.",
        "не удаётся определить папку кэша: не заданы ни XDG_CACHE_HOME, ни HOME."},
    [M_UNPACKING] = {
        "Unpacking Docflow %s into %s (once for this version)...",
        "Docflow %s %s qovluğuna açılır (bu versiya üçün bir dəfə)...",
        "Распаковка Docflow %s в %s (один раз для этой версии)..."},
    [M_EXTRACTED] = {
        "Extracted into %s",
        "%s qovluğuna çıxarıldı",
        "Извлечено в %s"},
    [M_HELP] = {
        "Docflow %s as an AppImage. Run it to start Docflow; a link to it named \"docflow\" is the command line.\n"
        "On the first start of a version it unpacks itself once into\n  %s\n"
        "(about %d MB); later starts use that folder. Folders of older versions are removed.\n\n"
        "Options (first argument only):\n"
        "  --appimage-help             this text\n"
        "  --appimage-offset           the byte offset of the SquashFS image in this file\n"
        "  --appimage-extract          unpack the image into ./squashfs-root\n"
        "  --appimage-extract-and-run  run Docflow (the same as without it)\n"
        "  --appimage-version          Docflow's version and the image's SHA-256\n",
        "AppImage kimi Docflow %s. Docflow-u başlatmaq üçün onu işə salın; ona \"docflow\" adlı keçid komanda sətridir.\n"
        "Versiyanın ilk başladılmasında o, bir dəfə bu qovluğa açılır:\n  %s\n"
        "(təxminən %d MB); sonrakı başladılmalar həmin qovluqdan istifadə edir. Köhnə versiyaların qovluqları silinir.\n\n"
        "Seçimlər (yalnız birinci arqument kimi):\n"
        "  --appimage-help             bu mətn\n"
        "  --appimage-offset           bu faylda SquashFS obrazının bayt ofseti\n"
        "  --appimage-extract          obrazı ./squashfs-root qovluğuna çıxarmaq\n"
        "  --appimage-extract-and-run  Docflow-u başlatmaq (onsuz olduğu kimi)\n"
        "  --appimage-version          Docflow-un versiyası və obrazın SHA-256 heşi\n",
        "Docflow %s в виде AppImage. Запустите его, чтобы открыть Docflow; ссылка на него с именем \"docflow\" — командная строка.\n"
        "При первом запуске версии он один раз распаковывается в\n  %s\n"
        "(около %d МБ); следующие запуски используют эту папку. Папки старых версий удаляются.\n\n"
        "Параметры (только первым аргументом):\n"
        "  --appimage-help             этот текст\n"
        "  --appimage-offset           смещение образа SquashFS в этом файле, в байтах\n"
        "  --appimage-extract          распаковать образ в ./squashfs-root\n"
        "  --appimage-extract-and-run  запустить Docflow (то же, что без него)\n"
        "  --appimage-version          версия Docflow и SHA-256 образа\n"},
    [R_ACCESS] = {"permission denied", "icazə yoxdur", "нет доступа"},
    [R_READONLY] = {"the disk is read-only", "disk yalnız oxumaq üçündür", "диск доступен только для чтения"},
    [R_MISSING] = {"it does not exist", "mövcud deyil", "не существует"},
    [R_NOTDIR] = {"a part of the path is not a folder", "yolun bir hissəsi qovluq deyil", "часть пути не является папкой"},
    [R_FULL] = {"the disk is full", "disk doludur", "диск заполнен"},
    [R_IO] = {"input/output error (the disk may be failing)", "giriş/çıxış xətası (disk nasaz ola bilər)",
              "ошибка ввода-вывода (диск может быть неисправен)"},
    [R_NOEXEC] = {"it is not a program this computer can run", "bu kompüterin işlədə biləcəyi proqram deyil",
                  "это не программа, которую может запустить этот компьютер"},
    [R_RESOURCES] = {"the system is out of resources", "sistemin resursları tükənib", "системе не хватает ресурсов"},
    [R_OTHER] = {"unexpected system error: %s", "gözlənilməz sistem xətası: %s", "непредвиденная системная ошибка: %s"},
};

static const char *text(enum msg id) { return MESSAGES[id][lang]; }

static void pick_language(void) {
    static const char *const vars[] = {"LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"};
    for (size_t i = 0; i < sizeof vars / sizeof *vars; i++) {
        const char *v = getenv(vars[i]);
        if (v == NULL || *v == '\0') continue;
        if (strncmp(v, "az", 2) == 0) lang = LANG_AZ;
        else if (strncmp(v, "ru", 2) == 0) lang = LANG_RU;
        else lang = LANG_EN;
        return;
    }
}

/* The reason for errno `e` in the person's words (the system's own text only for rare errors). */
static const char *reason(int e) {
    static char buf[256];
    switch (e) {
    case EACCES: case EPERM: return text(R_ACCESS);
    case EROFS: return text(R_READONLY);
    case ENOENT: return text(R_MISSING);
    case ENOTDIR: return text(R_NOTDIR);
    case ENOSPC: case EDQUOT: return text(R_FULL);
    case EIO: return text(R_IO);
    case ENOEXEC: return text(R_NOEXEC);
    case EMFILE: case ENFILE: case ENOMEM: return text(R_RESOURCES);
    default:
        snprintf(buf, sizeof buf, text(R_OTHER), strerror(e));
        return buf;
    }
}

/* Started from a file manager (no terminal to read stderr) on a desktop: show an error in a dialog
   with whichever of the desktop's own tools is there (zenity, kdialog, else a notification) and wait
   for it; a notice only as a notification, not waited for (a grandchild, so no zombie is left). */
static void show_on_desktop(const char *message, bool error) {
    if (isatty(STDERR_FILENO) || (getenv("DISPLAY") == NULL && getenv("WAYLAND_DISPLAY") == NULL)) return;
    fflush(NULL);
    pid_t pid = fork();
    if (pid == 0) {
        if (!error && fork() != 0) _exit(0);
        char *const zenity[] = {"zenity", "--error", "--title=Docflow", "--no-markup", "--text", (char *)message, NULL};
        char *const kdialog[] = {"kdialog", "--title", "Docflow", "--error", (char *)message, NULL};
        char *const notify[] = {"notify-send", error ? "--urgency=critical" : "--urgency=normal", "Docflow",
                                (char *)message, NULL};
        int null = open("/dev/null", O_RDWR);
        if (null >= 0) {
            dup2(null, STDIN_FILENO);
            dup2(null, STDOUT_FILENO);
            dup2(null, STDERR_FILENO);
        }
        if (error) {
            execvp(zenity[0], zenity);
            execvp(kdialog[0], kdialog);
        }
        execvp(notify[0], notify);
        _exit(127);
    }
    if (pid > 0) waitpid(pid, NULL, 0);
}

static void say(enum msg id, ...) {
    char message[4096];
    va_list ap;
    va_start(ap, id);
    vsnprintf(message, sizeof message, text(id), ap);
    va_end(ap);
    fprintf(stderr, "Docflow AppImage: %s\n", message);
    show_on_desktop(message, id != M_UNPACKING);
}

/* ------------------------------------------------------------------ the file and its image */

struct image {
    const char *self;  /* this AppImage's path, links resolved */
    int fd;            /* /proc/self/exe: the very file that runs, even if replaced meanwhile */
    uint64_t offset;   /* where the SquashFS starts */
    uint64_t file_size;
};

static char self_path[PATH_MAX];

static int elf_end(int fd, uint64_t *end) {
    Elf64_Ehdr eh;
    if (pread(fd, &eh, sizeof eh, 0) != (ssize_t)sizeof eh) return -1;
    if (memcmp(eh.e_ident, ELFMAG, SELFMAG) != 0 || eh.e_ident[EI_CLASS] != ELFCLASS64
        || eh.e_ident[EI_DATA] != ELFDATA2LSB)
        return -1;
    *end = eh.e_shoff + (uint64_t)eh.e_shnum * eh.e_shentsize;
    return 0;
}

static void open_self(struct image *img) {
    ssize_t n = readlink("/proc/self/exe", self_path, sizeof self_path - 1);
    if (n < 0) {
        say(M_SELF, "/proc/self/exe", reason(errno));
        exit(EXIT_CANNOT_START);
    }
    self_path[n] = '\0';
    img->self = self_path;
    img->fd = open("/proc/self/exe", O_RDONLY | O_CLOEXEC);
    struct stat st;
    if (img->fd < 0 || fstat(img->fd, &st) != 0) {
        say(M_SELF, img->self, reason(errno));
        exit(EXIT_CANNOT_START);
    }
    img->file_size = (uint64_t)st.st_size;
    if (elf_end(img->fd, &img->offset) != 0 || img->offset > img->file_size) {
        say(M_NO_IMAGE, img->self);
        exit(EXIT_CANNOT_START);
    }
}

/* The file holds a whole SquashFS image after the runtime (checked at every start: a header and a size). */
static void check_image_present(const struct image *img) {
    uint32_t magic = 0;
    if (img->offset + sizeof magic > img->file_size
        || pread(img->fd, &magic, sizeof magic, (off_t)img->offset) != (ssize_t)sizeof magic
        || magic != SQUASHFS_MAGIC) {
        say(M_NO_IMAGE, img->self);
        exit(EXIT_CANNOT_START);
    }
    uint64_t have = img->file_size - img->offset, want = (uint64_t)IMAGE_SIZE;
    if (have < want) {
        say(M_INCOMPLETE, img->self, (unsigned long long)have, (unsigned long long)want);
        exit(EXIT_CANNOT_START);
    }
}

/* The image is the very one this runtime was built for (checked before anything is unpacked). */
static void check_image_digest(const struct image *img) {
    uint64_t want = (uint64_t)IMAGE_SIZE;
    unsigned char *buf = malloc(IO_CHUNK);
    if (buf == NULL) {
        say(M_SELF, img->self, reason(ENOMEM));
        exit(EXIT_CANNOT_START);
    }
    posix_fadvise(img->fd, (off_t)img->offset, (off_t)want, POSIX_FADV_SEQUENTIAL);
    SHA2_CTX ctx;
    SHA256Init(&ctx);
    for (uint64_t done = 0; done < want;) {
        size_t len = want - done < IO_CHUNK ? (size_t)(want - done) : IO_CHUNK;
        ssize_t n = pread(img->fd, buf, len, (off_t)(img->offset + done));
        if (n <= 0) {
            if (n < 0 && errno == EINTR) continue;
            say(M_SELF, img->self, reason(n < 0 ? errno : EIO));
            exit(EXIT_CANNOT_START);
        }
        SHA256Update(&ctx, buf, (size_t)n);
        done += (uint64_t)n;
    }
    free(buf);
    char hex[SHA256_DIGEST_STRING_LENGTH];
    SHA256End(&ctx, hex);
    if (strcmp(hex, IMAGE_SHA256) != 0) {
        say(M_DAMAGED, img->self);
        exit(EXIT_CANNOT_START);
    }
}

static void open_fs(const struct image *img, sqfs *fs) {
    memset(fs, 0, sizeof *fs);
    if (sqfs_init(fs, img->fd, (size_t)img->offset) != SQFS_OK) {
        say(M_BAD_FS, img->self);
        exit(EXIT_CANNOT_START);
    }
}

/* ------------------------------------------------------------------ unpacking */

struct dir_fixup {
    char *path;
    mode_t mode;
    struct timespec times[2];
};

struct unpack {
    sqfs *fs;
    const struct image *img;
    int destfd;
    const char *dest;      /* for messages */
    unsigned char *buf;
    struct dir_fixup *dirs;
    size_t ndirs, capdirs;
};

static bool is_dir_type(int t) { return t == SQUASHFS_DIR_TYPE || t == SQUASHFS_LDIR_TYPE; }
static bool is_reg_type(int t) { return t == SQUASHFS_REG_TYPE || t == SQUASHFS_LREG_TYPE; }
static bool is_link_type(int t) { return t == SQUASHFS_SYMLINK_TYPE || t == SQUASHFS_LSYMLINK_TYPE; }
static bool is_fifo_type(int t) { return t == SQUASHFS_FIFO_TYPE || t == SQUASHFS_LFIFO_TYPE; }

/* A name that could step out of the destination means a damaged (or hostile) image. */
static bool safe_name(const char *name) {
    return name[0] != '\0' && strcmp(name, ".") != 0 && strcmp(name, "..") != 0 && strchr(name, '/') == NULL;
}

static void set_times(struct timespec times[2], const sqfs_inode *inode) {
    times[0].tv_sec = times[1].tv_sec = (time_t)inode->base.mtime;
    times[0].tv_nsec = times[1].tv_nsec = 0;
}

/* Say why writing `path` (inside the folder `dest`) failed with errno `e`; -1 for the caller. */
static int write_failed(const char *dest, const char *path, int e) {
    if (e == ENOSPC || e == EDQUOT) {
        say(M_DISK_FULL, dest);
    } else {
        char full[PATH_MAX * 2];
        snprintf(full, sizeof full, "%s%s%s", path[0] == '/' ? "" : dest, path[0] == '/' ? "" : "/", path);
        say(M_WRITE, full, reason(e));
    }
    return -1;
}

static int write_file(struct unpack *u, const char *path, sqfs_inode *inode) {
    int fd = openat(u->destfd, path, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0600);
    if (fd < 0) return write_failed(u->dest, path, errno);
    uint64_t size = inode->xtra.reg.file_size;
    for (uint64_t done = 0; done < size;) {
        sqfs_off_t n = (sqfs_off_t)(size - done < IO_CHUNK ? size - done : IO_CHUNK);
        if (sqfs_read_range(u->fs, inode, (sqfs_off_t)done, &n, u->buf) != SQFS_OK || n <= 0) {
            close(fd);
            say(M_CORRUPT, u->img->self, path);
            return -1;
        }
        for (sqfs_off_t off = 0; off < n;) {
            ssize_t w = write(fd, u->buf + off, (size_t)(n - off));
            if (w < 0) {
                if (errno == EINTR) continue;
                int e = errno;
                close(fd);
                return write_failed(u->dest, path, e);
            }
            off += w;
        }
        done += (uint64_t)n;
    }
    struct timespec times[2];
    set_times(times, inode);
    if (fchmod(fd, inode->base.mode & 0777) != 0 || futimens(fd, times) != 0) {
        int e = errno;
        close(fd);
        return write_failed(u->dest, path, e);
    }
    if (close(fd) != 0) return write_failed(u->dest, path, errno);
    return 0;
}

static int write_link(struct unpack *u, const char *path, sqfs_inode *inode) {
    size_t size = 0;
    if (sqfs_readlink(u->fs, inode, NULL, &size) != SQFS_OK) goto corrupt;
    char *target = malloc(size + 1);
    if (target == NULL) return write_failed(u->dest, path, ENOMEM);
    size += 1;
    if (sqfs_readlink(u->fs, inode, target, &size) != SQFS_OK) {
        free(target);
        goto corrupt;
    }
    int rc = symlinkat(target, u->destfd, path);
    free(target);
    if (rc != 0) return write_failed(u->dest, path, errno);
    struct timespec times[2];
    set_times(times, inode);
    utimensat(u->destfd, path, times, AT_SYMLINK_NOFOLLOW); /* a link's time is cosmetic */
    return 0;
corrupt:
    say(M_CORRUPT, u->img->self, path);
    return -1;
}

static int remember_dir(struct unpack *u, const char *path, const sqfs_inode *inode) {
    if (u->ndirs == u->capdirs) {
        size_t cap = u->capdirs ? 2 * u->capdirs : 256;
        struct dir_fixup *d = realloc(u->dirs, cap * sizeof *d);
        if (d == NULL) return write_failed(u->dest, path, ENOMEM);
        u->dirs = d;
        u->capdirs = cap;
    }
    struct dir_fixup *d = &u->dirs[u->ndirs];
    if ((d->path = strdup(path)) == NULL) return write_failed(u->dest, path, ENOMEM);
    d->mode = inode->base.mode & 0777;
    set_times(d->times, inode);
    u->ndirs++;
    return 0;
}

/* Walk the whole tree: count the bytes it needs (write == false) or write it (write == true). */
static int walk(struct unpack *u, bool write, uint64_t *needed) {
    sqfs_traverse trv;
    sqfs_err err = SQFS_OK;
    int rc = 0;
    if (sqfs_traverse_open(&trv, u->fs, sqfs_inode_root(u->fs)) != SQFS_OK) {
        say(M_BAD_FS, u->img->self);
        return -1;
    }
    while (rc == 0 && sqfs_traverse_next(&trv, &err)) {
        if (trv.dir_end) continue;
        const char *path = trv.path;
        sqfs_inode inode;
        if (!safe_name(sqfs_dentry_name(&trv.entry))
            || sqfs_inode_get(u->fs, &inode, sqfs_dentry_inode(&trv.entry)) != SQFS_OK) {
            say(M_CORRUPT, u->img->self, path);
            rc = -1;
            break;
        }
        int type = inode.base.inode_type;
        if (!write) {
            *needed += 4096;
            if (is_reg_type(type)) *needed += (inode.xtra.reg.file_size + 4095) / 4096 * 4096;
            continue;
        }
        if (is_dir_type(type)) {
            if (mkdirat(u->destfd, path, 0700) != 0) rc = write_failed(u->dest, path, errno);
            else rc = remember_dir(u, path, &inode);
        } else if (is_reg_type(type)) {
            rc = write_file(u, path, &inode);
        } else if (is_link_type(type)) {
            rc = write_link(u, path, &inode);
        } else if (is_fifo_type(type)) {
            if (mkfifoat(u->destfd, path, inode.base.mode & 0777) != 0) rc = write_failed(u->dest, path, errno);
        }
        /* Device files and sockets are not unpacked: an AppDir has none, and only root could make them. */
    }
    if (rc == 0 && err != SQFS_OK) {
        say(M_CORRUPT, u->img->self, trv.path ? trv.path : "/");
        rc = -1;
    }
    sqfs_traverse_close(&trv);
    return rc;
}

/* Unpack the image into the empty folder `destfd` (`dest` names it in messages). */
static int unpack(const struct image *img, sqfs *fs, int destfd, const char *dest) {
    struct unpack u = {.fs = fs, .img = img, .destfd = destfd, .dest = dest};
    uint64_t needed = 0;
    if (walk(&u, false, &needed) != 0) return -1;
    struct statvfs sv;
    if (fstatvfs(destfd, &sv) == 0) {
        uint64_t free_bytes = (uint64_t)sv.f_bavail * sv.f_frsize;
        if (needed > free_bytes) {
            say(M_NOSPACE, dest, (unsigned long long)(needed / 1000000 + 1),
                (unsigned long long)(free_bytes / 1000000));
            return -1;
        }
    }
    if ((u.buf = malloc(IO_CHUNK)) == NULL) return write_failed(dest, dest, ENOMEM);
    int rc = walk(&u, true, NULL);
    /* Folder permissions and times last (deepest first), so read-only folders could be filled. */
    for (size_t i = u.ndirs; i-- > 0;) {
        if (rc == 0 && (fchmodat(destfd, u.dirs[i].path, u.dirs[i].mode, 0) != 0
                        || utimensat(destfd, u.dirs[i].path, u.dirs[i].times, 0) != 0))
            rc = write_failed(dest, u.dirs[i].path, errno);
        free(u.dirs[i].path);
    }
    free(u.dirs);
    free(u.buf);
    if (rc == 0) {
        sqfs_inode root;
        if (sqfs_inode_get(fs, &root, sqfs_inode_root(fs)) == SQFS_OK) fchmod(destfd, root.base.mode & 0777);
    }
    return rc;
}

/* ------------------------------------------------------------------ folders */

/* Remove `name` in `parentfd` and everything under it, following no link. */
static int remove_tree_at(int parentfd, const char *name) {
    int fd = openat(parentfd, name, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC);
    if (fd < 0) {
        if (errno == ENOENT) return 0;
        if (errno == ENOTDIR || errno == ELOOP) return unlinkat(parentfd, name, 0);
        return -1;
    }
    fchmod(fd, 0700); /* unpacked read-only folders must let their entries go */
    DIR *d = fdopendir(fd);
    if (d == NULL) {
        close(fd);
        return -1;
    }
    int rc = 0;
    struct dirent *e;
    while ((e = readdir(d)) != NULL) {
        if (strcmp(e->d_name, ".") == 0 || strcmp(e->d_name, "..") == 0) continue;
        if (e->d_type == DT_DIR || e->d_type == DT_UNKNOWN) {
            if (remove_tree_at(dirfd(d), e->d_name) != 0) rc = -1;
        } else if (unlinkat(dirfd(d), e->d_name, 0) != 0 && errno != ENOENT) {
            rc = -1;
        }
    }
    closedir(d);
    if (unlinkat(parentfd, name, AT_REMOVEDIR) != 0 && errno != ENOENT) rc = -1;
    return rc;
}

/* Rename `name` out of the way first (a crash mid-way then leaves only a .trash- folder), then remove it. */
static void discard_at(int parentfd, const char *name) {
    char trash[NAME_MAX + 1];
    if (strncmp(name, ".trash-", 7) != 0
        && snprintf(trash, sizeof trash, ".trash-%d-%.200s", (int)getpid(), name) < (int)sizeof trash
        && renameat(parentfd, name, parentfd, trash) == 0)
        name = trash;
    remove_tree_at(parentfd, name);
}

static int mkdirs(char *path, mode_t mode) {
    for (char *p = path + 1; *p; p++) {
        if (*p != '/') continue;
        *p = '\0';
        int rc = mkdir(path, mode);
        *p = '/';
        if (rc != 0 && errno != EEXIST) return -1;
    }
    if (mkdir(path, mode) != 0 && errno != EEXIST) return -1;
    return 0;
}

static char *cache_root(void) {
    const char *xdg = getenv("XDG_CACHE_HOME");
    char *root = NULL;
    if (xdg != NULL && xdg[0] == '/') {
        if (asprintf(&root, "%s/" CACHE_SUBDIR, xdg) < 0) root = NULL;
    } else {
        const char *home = getenv("HOME");
        if (home == NULL || home[0] != '/') {
            struct passwd *pw = getpwuid(getuid());
            home = pw ? pw->pw_dir : NULL;
        }
        if (home == NULL || home[0] != '/') {
            say(M_NO_HOME);
            exit(EXIT_CANNOT_START);
        }
        if (asprintf(&root, "%s/.cache/" CACHE_SUBDIR, home) < 0) root = NULL;
    }
    if (root == NULL) {
        say(M_SELF, "", reason(ENOMEM));
        exit(EXIT_CANNOT_START);
    }
    return root;
}

/* Remove left-overs of interrupted starts and the folders of other versions no running Docflow holds. */
static void prune(int rootfd, const char *key) {
    int fd = dup(rootfd);
    DIR *d = fd >= 0 ? fdopendir(fd) : NULL;
    if (d == NULL) {
        if (fd >= 0) close(fd);
        return;
    }
    char **names = NULL;
    size_t n = 0, cap = 0;
    struct dirent *e;
    while ((e = readdir(d)) != NULL) {
        if (strcmp(e->d_name, ".") == 0 || strcmp(e->d_name, "..") == 0 || strcmp(e->d_name, ".lock") == 0
            || strcmp(e->d_name, key) == 0)
            continue;
        if (n == cap) {
            cap = cap ? 2 * cap : 16;
            char **grown = realloc(names, cap * sizeof *names);
            if (grown == NULL) break;
            names = grown;
        }
        if ((names[n] = strdup(e->d_name)) != NULL) n++;
    }
    closedir(d);
    for (size_t i = 0; i < n; i++) {
        const char *name = names[i];
        if (strncmp(name, ".tmp-", 5) == 0 || strncmp(name, ".trash-", 7) == 0) {
            discard_at(rootfd, name); /* we hold .lock: nobody is unpacking */
        } else {
            int vfd = openat(rootfd, name, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC);
            if (vfd >= 0) {
                if (flock(vfd, LOCK_EX | LOCK_NB) == 0) discard_at(rootfd, name); /* no running Docflow holds it */
                close(vfd);
            }
        }
        free(names[i]);
    }
    free(names);
}

/* Unpack into a fresh temporary folder in `parentfd`, then rename it to `final`. */
static int unpack_atomically(const struct image *img, const char *parent, int parentfd, const char *final,
                             const char *shown) {
    sqfs fs;
    check_image_digest(img);
    open_fs(img, &fs);
    char *tmp_path = NULL;
    if (asprintf(&tmp_path, "%s/.tmp-%s-XXXXXX", parent, final) < 0 || mkdtemp(tmp_path) == NULL) {
        say(M_FOLDER, parent, reason(tmp_path ? errno : ENOMEM));
        exit(EXIT_CANNOT_START);
    }
    const char *tmp_name = strrchr(tmp_path, '/') + 1;
    int tmpfd = open(tmp_path, O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    int rc = tmpfd >= 0 ? unpack(img, &fs, tmpfd, shown) : write_failed(shown, tmp_path, errno);
    sqfs_destroy(&fs);
    if (rc == 0 && syncfs(tmpfd) != 0) rc = write_failed(shown, tmp_path, errno);
    if (tmpfd >= 0) close(tmpfd);
    if (rc == 0 && renameat2(parentfd, tmp_name, parentfd, final, RENAME_NOREPLACE) != 0) {
        if (errno == EEXIST || errno == ENOTEMPTY) say(M_EXISTS, shown);
        else say(M_FOLDER, parent, reason(errno));
        rc = -1;
    }
    if (rc != 0) discard_at(parentfd, tmp_name);
    else fsync(parentfd);
    free(tmp_path);
    return rc;
}

/* ------------------------------------------------------------------ what it does */

static void help(void) {
    char *root = cache_root();
    printf(text(M_HELP), DOCFLOW_VERSION, root, UNPACKED_MB);
    free(root);
}

static int extract(const struct image *img) {
    char cwd[PATH_MAX], shown[PATH_MAX + 32];
    if (getcwd(cwd, sizeof cwd) == NULL) {
        say(M_FOLDER, ".", reason(errno));
        return EXIT_CANNOT_START;
    }
    snprintf(shown, sizeof shown, "%s/squashfs-root", strcmp(cwd, "/") == 0 ? "" : cwd);
    struct stat st;
    if (lstat("squashfs-root", &st) == 0) {
        say(M_EXISTS, shown);
        return 1;
    }
    int cwdfd = open(".", O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (cwdfd < 0) {
        say(M_FOLDER, cwd, reason(errno));
        return EXIT_CANNOT_START;
    }
    int rc = unpack_atomically(img, cwd, cwdfd, "squashfs-root", shown);
    close(cwdfd);
    if (rc != 0) return 1;
    printf(text(M_EXTRACTED), shown);
    putchar('\n');
    return 0;
}

static int run(const struct image *img, int argc, char **argv) {
    char *root = cache_root();
    char key[sizeof DOCFLOW_VERSION + KEY_HEX_CHARS + 2];
    snprintf(key, sizeof key, "%s-%.*s", DOCFLOW_VERSION, KEY_HEX_CHARS, IMAGE_SHA256);
    if (mkdirs(root, 0700) != 0) {
        say(M_FOLDER, root, reason(errno));
        return EXIT_CANNOT_START;
    }
    int rootfd = open(root, O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    int lockfd = rootfd >= 0 ? openat(rootfd, ".lock", O_RDWR | O_CREAT | O_CLOEXEC, 0600) : -1;
    if (lockfd < 0 || (flock(lockfd, LOCK_EX) != 0 && errno != ENOLCK)) { /* ENOLCK: a disk without locks */
        say(M_FOLDER, root, reason(errno));
        return EXIT_CANNOT_START;
    }
    char *appdir = NULL, *apprun = NULL;
    if (asprintf(&appdir, "%s/%s", root, key) < 0 || asprintf(&apprun, "%s/AppRun", appdir) < 0) {
        say(M_FOLDER, root, reason(ENOMEM));
        return EXIT_CANNOT_START;
    }
    /* Not O_CLOEXEC: the shared lock on the folder lives as long as the started Docflow does. */
    int dirfd = openat(rootfd, key, O_RDONLY | O_DIRECTORY | O_NOFOLLOW);
    if (dirfd < 0 && errno != ENOENT) { /* not a folder: not ours to use */
        discard_at(rootfd, key);
    } else if (dirfd >= 0 && faccessat(dirfd, "AppRun", X_OK, 0) != 0) { /* emptied by a cleaner: start afresh */
        close(dirfd);
        discard_at(rootfd, key);
        dirfd = -1;
    }
    if (dirfd < 0) {
        say(M_UNPACKING, DOCFLOW_VERSION, appdir);
        prune(rootfd, key); /* room for the new version first */
        if (unpack_atomically(img, root, rootfd, key, appdir) != 0) return EXIT_CANNOT_START;
        dirfd = openat(rootfd, key, O_RDONLY | O_DIRECTORY | O_NOFOLLOW);
        if (dirfd < 0) {
            say(M_FOLDER, appdir, reason(errno));
            return EXIT_CANNOT_START;
        }
    }
    flock(dirfd, LOCK_SH);
    prune(rootfd, key);
    close(lockfd);
    close(rootfd);

    char cwd[PATH_MAX];
    if (getcwd(cwd, sizeof cwd) != NULL) setenv("OWD", cwd, 1);
    setenv("APPIMAGE", img->self, 1);
    setenv("APPDIR", appdir, 1);
    setenv("ARGV0", argv[0], 1);
    char **args = calloc((size_t)argc + 1, sizeof *args);
    if (args == NULL) {
        say(M_EXEC, apprun, reason(ENOMEM));
        return EXIT_CANNOT_START;
    }
    args[0] = apprun;
    for (int i = 1; i < argc; i++) args[i] = argv[i];
    execv(apprun, args);
    say(M_EXEC, apprun, reason(errno));
    return EXIT_CANNOT_START;
}

int main(int argc, char **argv) {
    static char *no_args[] = {"Docflow.AppImage", NULL};
    if (argc < 1) { /* started with an empty argument list */
        argc = 1;
        argv = no_args;
    }
    setlocale(LC_ALL, "");
    pick_language();
    struct image img;
    const char *opt = argc > 1 ? argv[1] : "";
    if (strcmp(opt, "--appimage-help") == 0) {
        help();
        return 0;
    }
    open_self(&img);
    if (strcmp(opt, "--appimage-offset") == 0) {
        printf("%llu\n", (unsigned long long)img.offset);
        return 0;
    }
    if (strcmp(opt, "--appimage-version") == 0) {
        printf("Docflow %s\nSquashFS SHA-256 %s (%llu bytes)\n", DOCFLOW_VERSION, IMAGE_SHA256,
               (unsigned long long)IMAGE_SIZE);
        return 0;
    }
    check_image_present(&img);
    if (strcmp(opt, "--appimage-extract") == 0) return extract(&img);
    if (strcmp(opt, "--appimage-extract-and-run") == 0) { /* what every start does anyway */
        argv[1] = argv[0];
        return run(&img, argc - 1, argv + 1);
    }
    if (strncmp(opt, "--appimage-", 11) == 0) {
        static const char *const known[] = {"--appimage-mount", "--appimage-updateinformation",
                                            "--appimage-signature", "--appimage-portable-home",
                                            "--appimage-portable-config"};
        for (size_t i = 0; i < sizeof known / sizeof *known; i++)
            if (strcmp(opt, known[i]) == 0) {
                say(M_UNSUPPORTED, opt);
                return EXIT_USAGE;
            }
        say(M_UNKNOWN_OPTION, opt);
        return EXIT_USAGE;
    }
    return run(&img, argc, argv);
}
