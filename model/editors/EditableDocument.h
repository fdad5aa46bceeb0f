#pragma once

#include "backend/cluster/ObjectClient.h"
#include "backend/cluster/ResourceType.h"
#include "model/editors/ObjectDiff.h"

#include <QJsonObject>
#include <QObject>
#include <QPointer>
#include <QUndoStack>

namespace fc::editors {

/// One cluster object being edited: what the user started from (original), the user's edit,
/// and the server's object as it is now (live), kept apart so that nothing the server does
/// overwrites the edit and nothing is written without the user's choice.
///
/// Every editor works on one — the ConfigMap and workload forms, the YAML editor, the group and
/// secret dialogs. Edits go through setEdited() (undoable); the live object through setLive()
/// (from a watch or a re-read). apply() writes the fields the user changed as a merge patch with
/// the original's resourceVersion as precondition; a 409 re-reads the object and reports a
/// conflict: rebase() then carries the user's field changes onto the server's object and names
/// the fields both changed.
class EditableDocument final : public QObject {
    Q_OBJECT
public:
    EditableDocument(ObjectClient *client, ResourceType type, QObject *parent = nullptr);

    const ResourceType &type() const { return m_type; }
    ObjectClient *client() const { return m_client; }
    QString name() const;
    QString namespace_() const;

    /// Starts editing `object` (as read from the server): original = live = edited, no undo.
    void load(const QJsonObject &object);
    /// Reads the object and load()s it; done() reports errors (NotFound, Forbidden…).
    void fetch(const QString &namespace_, const QString &name, std::function<void(const Result<void> &)> done);
    bool isLoaded() const { return !m_original.isEmpty(); }

    const QJsonObject &original() const { return m_original; }
    const QJsonObject &edited() const { return m_edited; }
    const QJsonObject &live() const { return m_live; }

    /// The user's edit (a form's or the YAML editor's), undoable as `description`.
    void setEdited(const QJsonObject &object, const QString &description);
    QUndoStack *undoStack() const { return m_undo; }
    bool isModified() const;

    /// The server's object now; never changes the edit. liveChanged() when it differs from the
    /// original the user started from (someone else wrote meanwhile).
    void setLive(const QJsonObject &object);
    bool liveMoved() const;

    QList<FieldChange> localChanges() const;  ///< original → edited
    QList<FieldChange> remoteChanges() const; ///< original → live
    RebaseResult rebase() const;              ///< the edit carried onto live
    /// Takes a rebase (with the user's answers for the conflicts already in `merged`): the live
    /// object becomes the new starting point and `merged` the edit.
    void acceptRebase(const QJsonObject &merged);

    /// What apply() sends: a merge patch from the original to the edit (status and
    /// managedFields never), with the original's resourceVersion as precondition.
    QJsonObject patchToWrite() const;

    struct Outcome {
        enum class Kind { Applied, DryRunPassed, Conflict, Rejected } kind = Kind::Applied;
        Error error;                 ///< Rejected: the server's words, causes naming fields
        /// The rejection's causes with `field` filled in where a field can be told (causeField()).
        QList<StatusCause> fieldErrors() const;
    };
    /// Writes the edit (or only asks the server to validate it, dryRun). A success makes the
    /// written object the new original; a 409 re-reads the live object (setLive) and reports
    /// Conflict — unless only its status and bookkeeping moved, then the edit is carried over and
    /// written again (up to 3 times); any other error is Rejected, the edit untouched.
    void apply(const WriteOptions &options, std::function<void(const Outcome &)> done);

Q_SIGNALS:
    void editedChanged();
    void liveChanged();
    void loaded();

private:
    void applyAttempt(const WriteOptions &options, std::function<void(const Outcome &)> done, int retries);
    class EditCommand;
    void setEditedNow(const QJsonObject &object);

    ObjectClient *m_client;
    ResourceType m_type;
    QJsonObject m_original;
    QJsonObject m_edited;
    QJsonObject m_live;
    QUndoStack *m_undo;
};

/// status and metadata.managedFields left out: what an editor shows and compares.
QJsonObject withoutServerFields(QJsonObject object);

} // namespace fc::editors
