#pragma once

#include "backend/cluster/ResourceType.h"

#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>

namespace fc {

class ObjectClient;

/// The objects of a rendered Helm manifest (helm get manifest, a dry run's `manifest`): its
/// "---" separated documents, comment-only ones (an empty template's "# Source: …") skipped.
QList<QJsonObject> manifestObjects(const QString &manifest);

/// What an install or upgrade would change in the cluster, object by object: each object of
/// the rendered manifest against the live one. An object helm would create is shown as it
/// would be stored; one that exists is diffed against what the API server returns for a dry
/// run of the change (so defaults the server fills in are not noise). The change is the merge
/// patch from the object in the current release's manifest to the rendered one — as helm 3's
/// three-way merge computes it, so a field the chart no longer sets is shown removed — or,
/// without a current manifest, the rendered object itself (fields only added or changed).
/// Read-only: every write is dryRun=All. Runs one object at a time on `client`'s connection.
class RenderedDiff final : public QObject {
    Q_OBJECT
public:
    struct Entry {
        enum class State { New, Changed, Unchanged, Failed };
        State state = State::Unchanged;
        QString kind;
        QString namespace_;
        QString name;
        QString diff;  ///< unified YAML diff, live → after (empty when unchanged)
        QString error; ///< Failed: why (not served here, refused by the dry run, forbidden…)
    };

    RenderedDiff(ObjectClient *client, KindTable kinds, QObject *parent = nullptr);

    /// `manifest`: what the dry run rendered; `currentManifest`: the deployed revision's (empty
    /// for an install); `releaseNamespace`: where namespaced objects without one go.
    void start(const QString &manifest, const QString &currentManifest, const QString &releaseNamespace);
    bool isRunning() const { return m_running; }
    const QList<Entry> &entries() const { return m_entries; }
    /// Every object's state and diff, as the dialog shows it.
    QString text() const;
    static QString stateName(Entry::State state);

Q_SIGNALS:
    void finished();

private:
    struct Item {
        QJsonObject rendered;
        QJsonObject current; ///< in the current manifest; empty when new to the release
        ResourceType type;
    };
    void next();
    /// `entry` names the object; its state and diff are filled in here.
    void compare(const Item &item, const Entry &entry, const QJsonObject &live);
    void done(Entry entry);

    ObjectClient *m_client; ///< outlives this (its owner keeps both)
    KindTable m_kinds;
    QList<Item> m_items;
    QList<Entry> m_entries;
    bool m_running = false;
    int m_generation = 0;
};

} // namespace fc
