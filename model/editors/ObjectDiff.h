#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QString>
#include <QStringList>

namespace fc::editors {

/// A path into an object: keys, and for lists either an index ("#3") or, where the list has a
/// merge key, the element's key ("name=trainer", "containerPort=8002/TCP"). Written as
/// "spec.template.spec.containers[name=trainer].ports[containerPort=8002/TCP].hostPort"; a key
/// that looks like a number ("8002" in a ConfigMap) stays a key: "data.8002".
using ObjectPath = QStringList;
QString pathText(const ObjectPath &path);
/// The segment of a list index.
QString indexSegment(qsizetype index);
/// The index in `list` of the element a segment names ("#3", or "name=trainer" by merge key);
/// -1 when none does.
qsizetype elementIndex(const QJsonArray &list, const QString &segment);
/// A field path as the API server writes one (StatusCause.field):
/// "spec.template.spec.containers[0].ports[1].hostPort" → spec, template, spec, containers, #0,
/// ports, #1, hostPort; "data[bad key]" → data, bad key; "resources.limits[nvidia.com/gpu]" →
/// resources, limits, nvidia.com/gpu. Indices stay indices (see pathFromServerField).
ObjectPath parseFieldPath(const QString &field);
/// A server's field path ("spec.template.spec.containers[0].ports[1].hostPort", "data[bad key]")
/// as an ObjectPath in `object`'s terms: numeric indices become merge-key segments where the
/// list has a merge key, so the path names the same element an editor shows.
ObjectPath pathFromServerField(const QString &field, const QJsonObject &object);

/// One field that differs between two versions of an object. A missing value is Undefined.
struct FieldChange {
    ObjectPath path;
    QJsonValue before;
    QJsonValue after;
    bool operator==(const FieldChange &) const = default;
};

/// Fields that differ from `before` to `after` (leaves and whole list elements), in path order.
/// Lists of objects with a merge key are compared element by element by that key (Kubernetes'
/// containers/env/ports/volumes…), other lists by index.
QList<FieldChange> diffObjects(const QJsonObject &before, const QJsonObject &after);

/// A field both sides changed, differently.
struct MergeConflict {
    ObjectPath path;
    QJsonValue base;   ///< what the user started from
    QJsonValue mine;   ///< the user's edit
    QJsonValue theirs; ///< the server's object now
};

/// The user's changes (base → mine) replayed onto the server's object (theirs). Where only one
/// side changed a field, that side wins; where both changed it differently the field is a
/// conflict and `merged` holds the server's value until resolve() says otherwise.
struct RebaseResult {
    QJsonObject merged;
    QList<FieldChange> applied; ///< the user's changes carried over
    QList<MergeConflict> conflicts;
};
RebaseResult rebase(const QJsonObject &base, const QJsonObject &mine, const QJsonObject &theirs);

/// Sets the value at a path (Undefined removes it); the list elements addressed by merge key
/// must exist. Returns false when the path does not lead anywhere.
bool setAtPath(QJsonObject &object, const ObjectPath &path, const QJsonValue &value);
QJsonValue valueAtPath(const QJsonObject &object, const ObjectPath &path);

/// RFC 7386 merge patch taking `before` to `after` (lists replaced whole, null removes).
QJsonObject mergePatch(const QJsonObject &before, const QJsonObject &after);

/// The 1-based line of `path` in YAML text as yaml::fromObject writes it (block style, two
/// spaces per level, lists as "- "), or of the deepest parent found; 0 when not even the first
/// key is there. Lets a server's rejection point at the line in the YAML editor.
int lineOfPath(const QString &yamlText, const ObjectPath &path);

/// The merge key of a list's elements at `path` (e.g. "name" for containers), empty when the
/// list is compared by index. Decided by the list's name and its elements.
QString mergeKeyFor(const QString &listName, const QJsonArray &elements);

} // namespace fc::editors
