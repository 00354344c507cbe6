#include "app/live/backgroundjob.h"

namespace Stackdraft::App {

BackgroundJob::BackgroundJob(QObject *parent, QThreadPool *pool)
    : QObject(parent)
    , m_pool(pool ? pool : QThreadPool::globalInstance())
{
}

Q_GLOBAL_STATIC(QThreadPool, interactiveThreads)

QThreadPool *BackgroundJob::interactivePool()
{
    return interactiveThreads();
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

void BackgroundJob::setBusy(bool busy)
{
    if (m_busy == busy)
        return;
    m_busy = busy;
    emit busyChanged(busy);
}

} // namespace Stackdraft::App
