#pragma once

#include "backend/core/Result.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace fc::editors {

/// An edit that was not applied, kept on disk so that nothing is lost when the app (or the
/// machine) goes down: what the user started from and the edit.
struct Draft {
    QString context;   ///< kubeconfig context
    QString typeId;    ///< ResourceType::id()
    QString namespace_;
    QString name;
    QJsonObject original;
    QJsonObject edited;
    QDateTime saved;   ///< UTC
    bool secretValuesDropped = false; ///< a Secret's data was not written (see DraftStore)
};

/// Drafts of unapplied edits under a directory (the app data folder's drafts/), one file per
/// object, written atomically with mode 0600 — the folder 0700. Secret values are never written:
/// a Secret's data and stringData keep their keys with empty values and the draft says so.
class DraftStore {
public:
    explicit DraftStore(QString directory);
    const QString &directory() const { return m_dir; }

    Result<void> save(const Draft &draft);
    Result<Draft> load(const QString &context, const QString &typeId, const QString &namespace_, const QString &name) const;
    bool contains(const QString &context, const QString &typeId, const QString &namespace_, const QString &name) const;
    void remove(const QString &context, const QString &typeId, const QString &namespace_, const QString &name);
    /// Every draft on disk (a damaged file is skipped and named in `problems`).
    QList<Draft> all(QStringList *problems = nullptr) const;

private:
    QString pathFor(const QString &context, const QString &typeId, const QString &namespace_, const QString &name) const;
    QString m_dir;
};

} // namespace fc::editors
