#include "core/export/atomicfile.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

#ifdef Q_OS_UNIX
#include <QSet>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <optional>
#include <sys/stat.h>
#include <unistd.h>
#include <utility>
#else
#include <QSaveFile>
#endif

namespace Stackdraft::Core {
namespace {

// The export writer's wording (and translation context), kept so that its translation still
// applies now that the commit writes through here too.
Error writeFailure(const QString &target, const QString &reason)
{
    return Error {
        QCoreApplication::translate("Stackdraft::Core::ExportWriter", "cannot write the file: %1")
            .arg(reason),
        target};
}

#ifdef Q_OS_UNIX

class Descriptor final
{
public:
    explicit Descriptor(int fd)
        : m_fd(fd)
    {
    }
    Descriptor(const Descriptor &) = delete;
    Descriptor &operator=(const Descriptor &) = delete;
    Descriptor &operator=(Descriptor &&other) noexcept
    {
        std::swap(m_fd, other.m_fd);
        return *this;
    }
    ~Descriptor()
    {
        if (m_fd >= 0)
            ::close(m_fd);
    }
    int get() const { return m_fd; }
    explicit operator bool() const { return m_fd >= 0; }
    // Closes now, reporting the error close() may be the first to see (a full disk over NFS).
    bool close()
    {
        const int fd = std::exchange(m_fd, -1);
        return ::close(fd) == 0;
    }

private:
    int m_fd;
};

QString lastError()
{
    return QString::fromLocal8Bit(std::strerror(errno));
}

bool writeAll(int fd, const char *data, qsizetype size)
{
    while (size > 0) {
        const ssize_t done = ::write(fd, data, size_t(size));
        if (done < 0 && errno == EINTR)
            continue;
        if (done <= 0)
            return false;
        data += done;
        size -= done;
    }
    return true;
}

bool readAll(int fd, char *data, qsizetype size)
{
    while (size > 0) {
        const ssize_t done = ::read(fd, data, size_t(size));
        if (done < 0 && errno == EINTR)
            continue;
        if (done <= 0)
            return false;
        data += done;
        size -= done;
    }
    return true;
}

// What `target` is now: whether it holds `bytes`, and the mode of the regular file to keep.
// Opened without following a symbolic link: a link is replaced by the file, as rename() does, and
// lends it no mode.
struct Current
{
    bool exists = false; // as anything, a symbolic link included
    bool holds = false;
    std::optional<mode_t> mode;
};

// A new file, named `stem` + a number (set in `name`).
int createTemporary(const QByteArray &stem, QByteArray &name)
{
    int fd = -1;
    for (int attempt = 0; fd < 0 && attempt < 16; ++attempt) {
        name = stem + QByteArray::number(attempt);
        fd = ::open(name.constData(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0666);
        if (fd < 0 && errno != EEXIST)
            break;
    }
    if (fd < 0)
        name.clear();
    return fd;
}

#ifdef O_TMPFILE
int openUnnamed(const QByteArray &directory)
{
    return ::open(directory.constData(), O_TMPFILE | O_WRONLY | O_CLOEXEC, 0666);
}

// Gives the unnamed file `fd` the name `name` (fails when it exists).
bool linkUnnamed(int fd, const QByteArray &name)
{
    const QByteArray self = "/proc/self/fd/" + QByteArray::number(fd);
    return ::linkat(AT_FDCWD, self.constData(), AT_FDCWD, name.constData(), AT_SYMLINK_FOLLOW) == 0;
}
#else
int openUnnamed(const QByteArray &)
{
    errno = EOPNOTSUPP;
    return -1;
}
bool linkUnnamed(int, const QByteArray &)
{
    errno = EOPNOTSUPP;
    return false;
}
#endif

// Names the unnamed file `fd` `stem` + a number (set in `name`), to be renamed over the target.
bool linkUnnamedAs(int fd, const QByteArray &stem, QByteArray &name)
{
    for (int attempt = 0; attempt < 16; ++attempt) {
        name = stem + QByteArray::number(attempt);
        if (linkUnnamed(fd, name))
            return true;
        if (errno != EEXIST)
            break;
    }
    name.clear();
    return false;
}

Current inspect(const QByteArray &target, const QByteArray &bytes)
{
    Current current;
    const Descriptor fd(::open(target.constData(), O_RDONLY | O_CLOEXEC | O_NOFOLLOW));
    current.exists = bool(fd) || errno != ENOENT;
    struct stat info
    {
    };
    if (!fd || ::fstat(fd.get(), &info) != 0 || !S_ISREG(info.st_mode))
        return current;
    current.mode = info.st_mode & 07777;
    // The size first: a changed file rarely keeps it, and then nothing needs reading.
    if (info.st_size == bytes.size()) {
        QByteArray onDisk(bytes.size(), Qt::Uninitialized);
        current.holds = readAll(fd.get(), onDisk.data(), onDisk.size()) && onDisk == bytes;
    }
    return current;
}

#endif

} // namespace

Result<AtomicFile::Outcome> AtomicFile::write(const QString &target, const QByteArray &bytes)
{
#ifdef Q_OS_UNIX
    const QByteArray encoded = QFile::encodeName(target);
    const Current current = inspect(encoded, bytes);
    if (current.holds)
        return Outcome::Unchanged;

    const qsizetype slash = encoded.lastIndexOf('/');
    const QByteArray directory = slash > 0 ? encoded.left(slash) : QByteArray("/");
    // One temporary name per target, not per process: a run killed between naming the new file
    // and renaming it over the target leaves `.<name>.stackdraft-0` beside it, and the next write
    // of that target removes it (tests/kill found such leftovers when the name held the process
    // id). Two processes writing the same file at once are not supported (commits take
    // CommitLock): the loser's rename fails and says so.
    const QByteArray stem = encoded.left(slash + 1) + '.' + encoded.mid(slash + 1) + ".stackdraft-";
    ::unlink((stem + '0').constData());
    // Unnamed until complete where the file system allows it, so that a kill while writing leaves
    // no temporary file in the user's tree; else a named one beside the target.
    Descriptor fd(openUnnamed(directory));
    const bool unnamed = bool(fd);
    QByteArray temporary;
    if (!unnamed)
        fd = Descriptor(createTemporary(stem, temporary));
    if (!fd)
        return writeFailure(target, lastError());
    bool written = writeAll(fd.get(), bytes.constData(), bytes.size())
        && (!current.mode || ::fchmod(fd.get(), *current.mode) == 0);
    if (written && unnamed) {
        // A new file appears whole under its name at once; a replaced one needs a name to rename.
        written = (!current.exists && linkUnnamed(fd.get(), encoded))
            || ((current.exists || errno == EEXIST) && linkUnnamedAs(fd.get(), stem, temporary));
    }
    written = fd.close() && written
        && (temporary.isEmpty() || ::rename(temporary.constData(), encoded.constData()) == 0);
    if (!written) {
        const QString reason = lastError();
        if (!temporary.isEmpty())
            ::unlink(temporary.constData());
        return writeFailure(target, reason);
    }
    return Outcome::Written;
#else
    QFile current(target);
    if (current.open(QIODevice::ReadOnly) && current.size() == bytes.size()
        && current.readAll() == bytes)
        return Outcome::Unchanged;
    current.close();
    QSaveFile out(target);
    if (!out.open(QIODevice::WriteOnly) || out.write(bytes) != bytes.size() || !out.commit())
        return writeFailure(target, out.errorString());
    return Outcome::Written;
#endif
}

Status AtomicFile::flush(const QStringList &directories)
{
#if defined(Q_OS_LINUX)
    QSet<dev_t> flushed;
    for (const QString &directory : directories) {
        const Descriptor fd(
            ::open(QFile::encodeName(directory).constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC));
        struct stat info
        {
        };
        if (!fd || ::fstat(fd.get(), &info) != 0)
            continue; // nothing was written there
        if (flushed.contains(info.st_dev))
            continue;
        flushed.insert(info.st_dev);
        if (::syncfs(fd.get()) != 0) {
            return Error {QCoreApplication::translate("Stackdraft::Core::AtomicFile",
                                                      "cannot flush the written files to disk: %1")
                              .arg(lastError()),
                          directory};
        }
    }
#elif defined(Q_OS_UNIX)
    Q_UNUSED(directories);
    ::sync();
#else
    Q_UNUSED(directories); // QSaveFile flushed each file
#endif
    return success();
}

} // namespace Stackdraft::Core
