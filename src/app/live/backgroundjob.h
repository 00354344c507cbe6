#pragma once

#include <QFutureWatcher>
#include <QObject>
#include <QPointer>
#include <QPromise>
#include <QString>
#include <QThreadPool>
#include <QtConcurrent/QtConcurrentRun>

#include <utility>

namespace Stackdraft::App {

// Runs one kind of work off the UI thread, latest request wins: starting a job cancels the one
// running (it stops at its next check of isCanceled() and its result is dropped), so a result is
// delivered once, on this object's thread, and only if nothing newer was asked for since. Work must
// capture its inputs by value (a project snapshot, never `this`): it may outlive the job object.
class BackgroundJob : public QObject
{
    Q_OBJECT

public:
    // Runs on `pool`; none: longWorkPool().
    explicit BackgroundJob(QObject *parent = nullptr, QThreadPool *pool = nullptr);
    ~BackgroundJob() override;

    // For short work whose result the user waits for within a frame (the analysis after an edit,
    // the rows of a dock): kept apart from longWorkPool(), where the preview and export
    // generators run for up to seconds and would hold both of its threads on a 2-core machine.
    static QThreadPool *interactivePool();
    // For work that may take seconds (generators, export, commit, push, layout). Never Qt's global
    // pool: Qt's raster engine splits a large fill into tasks on that pool and the UI thread
    // waits for them, so a paint would wait for a generator holding the pool's threads.
    static QThreadPool *longWorkPool();

    // `work(QPromise<T> &)` runs on the thread pool and returns T; it may report progress with
    // promise.setProgressRange/ setProgressValueAndText and should return early when
    // promise.isCanceled(). `done(T)` runs here if this run is still the latest one.
    template<typename T, typename Work, typename Done> void start(Work work, Done done)
    {
        if (m_running)
            m_running->cancel(); // superseded: stops early, and its result is dropped below
        const quint64 generation = ++m_generation;
        auto *watcher = new QFutureWatcher<T>(this);
        connect(watcher, &QFutureWatcherBase::progressRangeChanged, this,
                [this, generation](int minimum, int maximum) {
                    if (generation == m_generation)
                        emit progressRangeChanged(minimum, maximum);
                });
        connect(watcher, &QFutureWatcherBase::progressValueChanged, this,
                [this, generation, watcher](int value) {
                    if (generation == m_generation)
                        emit progressChanged(value, watcher->progressText());
                });
        connect(watcher, &QFutureWatcherBase::finished, this,
                [this, generation, watcher, done = std::move(done)]() mutable {
                    watcher->deleteLater();
                    if (generation != m_generation)
                        return; // superseded or cancelled: the result is stale
                    setBusy(false);
                    if (!watcher->isCanceled() && watcher->future().resultCount() > 0)
                        done(watcher->future().takeResult());
                    else
                        emit canceled();
                });
        m_running = watcher;
        setBusy(true);
        watcher->setFuture(
            QtConcurrent::run(m_pool, [work = std::move(work)](QPromise<T> &promise) mutable {
                T result = work(promise);
                if (!promise.isCanceled())
                    promise.addResult(std::move(result));
            }));
    }

    bool isBusy() const { return m_busy; }

    // Hands back to the system the memory the C library keeps after large work has freed it, when
    // it is tens of MB (glibc's malloc_trim; a no-op elsewhere). Each pool thread allocates from a
    // malloc arena of its own, and what one freed stayed resident while work on another thread grew
    // its arena: at 10,000 components the Preview tree's generated text alone left ~65 MB resident.
    static void releaseFreedMemory();
    // Has every thread allocate from the one malloc arena (glibc's M_ARENA_MAX; a no-op
    // elsewhere), before any thread starts. A worker's arena keeps what its job freed, and the next
    // job on another thread grows its own: at 10,000 components the app peaked at 373 MB resident
    // with an arena per thread and 295 MB with one, and was not slower (bench_canvas --app,
    // bench_live). The app's threads are the UI thread and two workers: little to contend for.
    static void shareOneHeap();

public slots:
    // Asks the running job to stop and forgets its result; emits canceled() if one was running.
    void cancel();

signals:
    void busyChanged(bool busy);
    void progressRangeChanged(int minimum, int maximum);
    void progressChanged(int value, const QString &text);
    void canceled();

private:
    void setBusy(bool busy);

    QThreadPool *m_pool;
    quint64 m_generation = 0;
    bool m_busy = false;
    QPointer<QFutureWatcherBase> m_running;
};

} // namespace Stackdraft::App
