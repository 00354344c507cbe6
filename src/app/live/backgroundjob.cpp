#include "app/live/backgroundjob.h"

#include <QCoreApplication>
#include <QPointer>

#if defined(__GLIBC__)
#include <malloc.h>
#endif

namespace Stackdraft::App {

BackgroundJob::BackgroundJob(QObject *parent, QThreadPool *pool)
    : QObject(parent)
    , m_pool(pool ? pool : longWorkPool())
{
}

namespace {

// A child of the application, so that its threads end with it, as the global pool's do. As a
// global static it was destroyed after the exit handlers, OpenSSL's among them (libgit2 starts
// OpenSSL on the first thread that uses it); a worker ending after that handler had dropped its
// thread-local key kept its OpenSSL error state for ever (LeakSanitizer, tst_commitdialog).
QThreadPool *applicationPool(QPointer<QThreadPool> &pool)
{
    if (!pool)
        pool = new QThreadPool(QCoreApplication::instance());
    return pool;
}

} // namespace

QThreadPool *BackgroundJob::interactivePool()
{
    static QPointer<QThreadPool> pool;
    return applicationPool(pool);
}

QThreadPool *BackgroundJob::longWorkPool()
{
    static QPointer<QThreadPool> pool;
    return applicationPool(pool);
}

BackgroundJob::~BackgroundJob()
{
    // The work keeps running to its next isCanceled() check on the pool; it owns its inputs.
    if (m_running)
        m_running->cancel();
}

void BackgroundJob::cancel()
{
    if (!m_busy)
        return;
    ++m_generation;
    if (m_running)
        m_running->cancel();
    setBusy(false);
    emit canceled();
}

void BackgroundJob::releaseFreedMemory()
{
#if defined(__GLIBC__)
    // Only when much is held free: the pages handed back are faulted in again by the next job
    // that allocates. Trimming after every format made the analysis of the next edit at 1,000
    // components price in 14 ms of CPU instead of 5 (bench_live); at 10,000 components tens of
    // MB are freed at a time, and those still go back.
    constexpr size_t WorthReleasing = 32 * 1024 * 1024;
    if (mallinfo2().fordblks >= WorthReleasing)
        malloc_trim(0);
#endif
}

void BackgroundJob::shareOneHeap()
{
#if defined(__GLIBC__)
    mallopt(M_ARENA_MAX, 1);
#endif
}

void BackgroundJob::setBusy(bool busy)
{
    if (m_busy == busy)
        return;
    m_busy = busy;
    emit busyChanged(busy);
}

} // namespace Stackdraft::App
