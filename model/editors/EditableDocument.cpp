#include "model/editors/EditableDocument.h"

#include <QUndoCommand>

namespace fc::editors {

namespace {

QString meta(const QJsonObject &o, const char *key)
{
    return o.value(QLatin1String("metadata")).toObject().value(QLatin1String(key)).toString();
}

} // namespace

QList<StatusCause> EditableDocument::Outcome::fieldErrors() const
{
    QList<StatusCause> out = error.causes;
    for (StatusCause &c : out)
        c.field = causeField(c);
    return out;
}

QJsonObject withoutServerFields(QJsonObject object)
{
    object.remove(QLatin1String("status"));
    QJsonObject md = object.value(QLatin1String("metadata")).toObject();
    if (md.contains(QLatin1String("managedFields"))) {
        md.remove(QLatin1String("managedFields"));
        object.insert(QLatin1String("metadata"), md);
    }
    return object;
}

/// One edit on the undo stack: the document before and after.
class EditableDocument::EditCommand final : public QUndoCommand {
public:
    EditCommand(EditableDocument *doc, QJsonObject before, QJsonObject after, const QString &text)
        : QUndoCommand(text), m_doc(doc), m_before(std::move(before)), m_after(std::move(after))
    {
    }
    void undo() override { m_doc->setEditedNow(m_before); }
    void redo() override { m_doc->setEditedNow(m_after); }

private:
    EditableDocument *m_doc;
    QJsonObject m_before;
    QJsonObject m_after;
};

EditableDocument::EditableDocument(ObjectClient *client, ResourceType type, QObject *parent)
    : QObject(parent), m_client(client), m_type(std::move(type)), m_undo(new QUndoStack(this))
{
}

QString EditableDocument::name() const { return meta(m_original, "name"); }
QString EditableDocument::namespace_() const { return meta(m_original, "namespace"); }

void EditableDocument::load(const QJsonObject &object)
{
    m_original = withoutServerFields(object);
    m_live = m_original;
    m_edited = m_original;
    m_undo->clear();
    Q_EMIT loaded();
    Q_EMIT editedChanged();
}

void EditableDocument::fetch(const QString &namespace_, const QString &name, std::function<void(const Result<void> &)> done)
{
    m_client->get(m_type, namespace_, name, this, [this, done = std::move(done)](const Result<KubeObject> &r) {
        if (!r) {
            done(r.error());
            return;
        }
        load(r->json);
        done({});
    });
}

void EditableDocument::setEdited(const QJsonObject &object, const QString &description)
{
    if (object == m_edited)
        return;
    m_undo->push(new EditCommand(this, m_edited, object, description)); // push() runs redo()
}

void EditableDocument::setEditedNow(const QJsonObject &object)
{
    m_edited = object;
    Q_EMIT editedChanged();
}

bool EditableDocument::isModified() const
{
    return withoutServerFields(m_edited) != m_original;
}

void EditableDocument::setLive(const QJsonObject &object)
{
    const QJsonObject live = withoutServerFields(object);
    if (live == m_live)
        return;
    m_live = live;
    Q_EMIT liveChanged();
}

bool EditableDocument::liveMoved() const
{
    return meta(m_live, "resourceVersion") != meta(m_original, "resourceVersion");
}

QList<FieldChange> EditableDocument::localChanges() const
{
    return diffObjects(m_original, withoutServerFields(m_edited));
}

QList<FieldChange> EditableDocument::remoteChanges() const
{
    QJsonObject original = m_original, live = m_live;
    for (QJsonObject *o : {&original, &live}) { // bookkeeping every write changes
        QJsonObject md = o->value(QLatin1String("metadata")).toObject();
        md.remove(QLatin1String("resourceVersion"));
        md.remove(QLatin1String("generation"));
        // what the cluster writes in answer to the user's own Apply: the Deployment controller's
        // revision counter and the DaemonSet template generation the API server keeps
        QJsonObject annotations = md.value(QLatin1String("annotations")).toObject();
        annotations.remove(QLatin1String("deployment.kubernetes.io/revision"));
        annotations.remove(QLatin1String("deprecated.daemonset.template.generation"));
        if (annotations.isEmpty())
            md.remove(QLatin1String("annotations"));
        else
            md.insert(QLatin1String("annotations"), annotations);
        o->insert(QLatin1String("metadata"), md);
    }
    return diffObjects(original, live);
}

RebaseResult EditableDocument::rebase() const
{
    return editors::rebase(m_original, withoutServerFields(m_edited), m_live);
}

void EditableDocument::acceptRebase(const QJsonObject &merged)
{
    const QJsonObject before = m_edited;
    m_original = m_live;
    // the edit now starts from the live object: its resourceVersion is the precondition
    QJsonObject edit = merged;
    QJsonObject md = edit.value(QLatin1String("metadata")).toObject();
    md.insert(QLatin1String("resourceVersion"), meta(m_live, "resourceVersion"));
    edit.insert(QLatin1String("metadata"), md);
    m_undo->push(new EditCommand(this, before, edit, tr("Rebase onto the server's changes")));
}

QJsonObject EditableDocument::patchToWrite() const
{
    QJsonObject patch = editors::mergePatch(m_original, withoutServerFields(m_edited));
    QJsonObject md = patch.value(QLatin1String("metadata")).toObject();
    md.remove(QLatin1String("resourceVersion")); // never the user's: the precondition below
    md.insert(QLatin1String("resourceVersion"), meta(m_original, "resourceVersion"));
    patch.insert(QLatin1String("metadata"), md);
    return patch;
}

void EditableDocument::apply(const WriteOptions &options, std::function<void(const Outcome &)> done)
{
    applyAttempt(options, std::move(done), 3);
}

void EditableDocument::applyAttempt(const WriteOptions &options, std::function<void(const Outcome &)> done, int retries)
{
    m_client->mergePatch(m_type, namespace_(), name(), patchToWrite(), options, this,
                         [this, options, retries, done = std::move(done)](const Result<KubeObject> &r) {
        Outcome out;
        if (r) {
            out.kind = options.dryRun ? Outcome::Kind::DryRunPassed : Outcome::Kind::Applied;
            if (!options.dryRun) {
                // the server's answer is the new starting point; the undo history stays
                m_original = withoutServerFields(r->json);
                m_live = m_original;
                m_edited = m_original;
                Q_EMIT editedChanged();
                Q_EMIT liveChanged();
            }
            done(out);
            return;
        }
        out.error = r.error();
        if (apiFailure(r.error()) != ApiFailure::Conflict) {
            out.kind = Outcome::Kind::Rejected;
            done(out);
            return;
        }
        // someone wrote meanwhile: read what the server has now, keep the edit
        out.kind = Outcome::Kind::Conflict;
        m_client->get(m_type, namespace_(), name(), this, [this, out, options, retries, done](const Result<KubeObject> &live) {
            if (!live) {
                done(out);
                return;
            }
            setLive(live->json);
            // only status and bookkeeping moved (a DaemonSet's controller writes its status every
            // few seconds): nothing the user could want to review, so carry the edit over and
            // write again; any other change is the user's to see (Conflict)
            if (retries > 0 && remoteChanges().isEmpty()) {
                m_original = m_live; // not an undo step: the edit itself is unchanged
                QJsonObject edit = m_edited;
                QJsonObject md = edit.value(QLatin1String("metadata")).toObject();
                md.insert(QLatin1String("resourceVersion"), meta(m_live, "resourceVersion"));
                edit.insert(QLatin1String("metadata"), md);
                setEditedNow(edit);
                applyAttempt(options, done, retries - 1);
                return;
            }
            done(out);
        });
    });
}

} // namespace fc::editors
