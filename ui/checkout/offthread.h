#pragma once

#include <QObject>
#include <QThread>

#include <memory>
#include <optional>
#include <utility>

namespace msp::ui {

// Runs `work` (blocking network calls, never the store) on a thread of its
// own, then `done(result)` on `context`'s thread. If `context` is gone by
// then, the result is dropped; the thread still ends and deletes itself.
template<typename Work, typename Done>
void runOffThread(QObject *context, Work work, Done done)
{
    using R = decltype(work());
    auto result = std::make_shared<std::optional<R>>();
    QThread *thread = QThread::create([work = std::move(work), result]() mutable { result->emplace(work()); });
    QObject::connect(thread, &QThread::finished, thread, &QObject::deleteLater);
    QObject::connect(thread, &QThread::finished, context,
                     [done = std::move(done), result]() mutable { done(std::move(**result)); });
    thread->start();
}

} // namespace msp::ui
