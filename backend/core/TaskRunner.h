#pragma once

#include <QObject>
#include <QSet>
#include <QThread>

#include <memory>
#include <optional>

namespace fc {

/// Runs one-off work off the UI thread — key generation, scrypt and signing (PKI), YAML text and
/// diffs of large objects (editors) — on a thread of its own, and hands the result back on the
/// context object's thread: if the context is gone by then, the result is dropped. The runner waits
/// for unfinished work when destroyed, so no thread outlives its owner.
///
/// Q_OBJECT so that qobject_cast/findChild<TaskRunner *> work: without it they match any QObject.
class TaskRunner final : public QObject {
    Q_OBJECT
public:
    explicit TaskRunner(QObject *parent = nullptr) : QObject(parent) {}
    ~TaskRunner() override;

    /// work() runs on a worker thread and returns T; done(T) runs on context's thread.
    template<typename T, typename Work, typename Done>
    void run(QObject *context, Work work, Done done)
    {
        auto result = std::make_shared<std::optional<T>>();
        QThread *thread = QThread::create([work = std::move(work), result]() mutable { result->emplace(work()); });
        m_threads.insert(thread);
        connect(thread, &QThread::finished, context, [result, done = std::move(done)]() mutable {
            if (result->has_value())
                done(std::move(**result));
        });
        connect(thread, &QThread::finished, this, [this, thread] {
            m_threads.remove(thread);
            thread->deleteLater();
        });
        thread->start();
    }

    bool isBusy() const { return !m_threads.isEmpty(); }

private:
    QSet<QThread *> m_threads;
};

} // namespace fc
