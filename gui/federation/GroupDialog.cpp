#include "gui/federation/GroupDialog.h"

#include "backend/cluster/ClusterConnection.h"
#include "backend/cluster/ResourceType.h"
#include "backend/cluster/ObjectParser.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QVBoxLayout>

namespace fc {

namespace {
const QString kFederation = QStringLiteral("fedconsole.io/federation");
const QString kParty = QStringLiteral("fedconsole.io/party");
const QString kRole = QStringLiteral("fedconsole.io/role");
} // namespace

GroupDialog::GroupDialog(ClusterConnection *connection, const ObjectSummary &object, QWidget *parent)
    : QDialog(parent), m_client(connection), m_object(object),
      m_document(new editors::EditableDocument(&m_client, ResourceType::of(object.kind), this))
{
    // the labels are all this dialog edits: the document starts from what the informer knows
    // (its resourceVersion is the precondition; a 409 brings the server's object in)
    QJsonObject labels;
    for (auto it = object.labels.cbegin(); it != object.labels.cend(); ++it)
        labels.insert(it.key(), it.value());
    const ResourceType type = ResourceType::of(object.kind);
    m_document->load(QJsonObject{{QStringLiteral("apiVersion"), type.groupVersion()},
                                 {QStringLiteral("kind"), type.kind},
                                 {QStringLiteral("metadata"), QJsonObject{{QStringLiteral("name"), object.name},
                                                                          {QStringLiteral("namespace"), object.namespace_},
                                                                          {QStringLiteral("resourceVersion"), object.resourceVersion},
                                                                          {QStringLiteral("labels"), labels}}}});
    setObjectName(QStringLiteral("groupDialog"));
    setWindowTitle(tr("Group into a federation — %1 %2").arg(QString::fromLatin1(kindInfo(object.kind).name), object.name));
    resize(560, 400); // room for the whole patch without scrolling
    m_federation = new QLineEdit(object.labels.value(kFederation), this);
    m_federation->setObjectName(QStringLiteral("federationLineEdit"));
    m_party = new QLineEdit(object.labels.value(kParty), this);
    m_party->setObjectName(QStringLiteral("partyLineEdit"));
    m_party->setPlaceholderText(object.name);
    m_role = new QComboBox(this);
    m_role->setObjectName(QStringLiteral("roleComboBox"));
    m_role->setEditable(true);
    m_role->addItems({QString(), QStringLiteral("server"), QStringLiteral("client"), QStringLiteral("overseer"),
                      QStringLiteral("admin"), QStringLiteral("director"), QStringLiteral("envoy"), QStringLiteral("party"),
                      QStringLiteral("exchange")});
    m_role->setCurrentText(object.labels.value(kRole));
    m_preview = new QPlainTextEdit(this);
    m_preview->setObjectName(QStringLiteral("patchPreviewTextEdit"));
    m_preview->setReadOnly(true);
    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("groupErrorLabel"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #c62828;"));
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Apply labels"));
    auto *form = new QFormLayout;
    form->addRow(tr("&Federation:"), m_federation);
    form->addRow(tr("&Party:"), m_party);
    form->addRow(tr("&Role:"), m_role);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(new QLabel(tr("Merge patch (sent with the object's resourceVersion):"), this));
    layout->addWidget(m_preview, 1); // the patch takes the spare height
    layout->addWidget(m_error);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &GroupDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_federation, &QLineEdit::textChanged, this, &GroupDialog::updatePreview);
    connect(m_party, &QLineEdit::textChanged, this, &GroupDialog::updatePreview);
    connect(m_role, &QComboBox::currentTextChanged, this, &GroupDialog::updatePreview);
    updatePreview();
}

QString GroupDialog::errorText() const { return m_error->text(); }

QByteArray GroupDialog::patch() const
{
    return QJsonDocument(m_document->patchToWrite()).toJson(QJsonDocument::Indented);
}

void GroupDialog::updateDocument()
{
    QJsonObject edited = m_document->original();
    QJsonObject metadata = edited.value(QLatin1String("metadata")).toObject();
    QJsonObject labels = metadata.value(QLatin1String("labels")).toObject();
    auto set = [&](const QString &key, const QString &value) {
        // an emptied field removes the label (null in the merge patch)
        if (!value.trimmed().isEmpty())
            labels.insert(key, value.trimmed());
        else
            labels.remove(key);
    };
    set(kFederation, m_federation->text());
    set(kParty, m_party->text());
    set(kRole, m_role->currentText());
    metadata.insert(QLatin1String("labels"), labels);
    edited.insert(QLatin1String("metadata"), metadata);
    m_document->setEdited(edited, tr("Edit labels"));
}

void GroupDialog::updatePreview()
{
    updateDocument();
    m_preview->setPlainText(QString::fromUtf8(patch()));
    const bool valid = m_federation->text().trimmed().isEmpty()
                       || QRegularExpression(QStringLiteral("^[A-Za-z0-9]([-A-Za-z0-9_.]{0,61}[A-Za-z0-9])?$"))
                              .match(m_federation->text().trimmed()).hasMatch();
    m_error->setText(valid ? QString() : tr("A label value is at most 63 characters of letters, digits, '-', '_' and '.'."));
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(valid);
}

void GroupDialog::accept()
{
    if (!m_client.connection())
        return;
    m_buttons->setEnabled(false);
    m_error->setText(tr("Checking with a server-side dry run…"));
    using Outcome = editors::EditableDocument::Outcome;
    // dry run first: admission and validation errors show here, nothing is written
    m_document->apply(WriteOptions{true, false}, [this](const Outcome &dry) {
        if (dry.kind != Outcome::Kind::DryRunPassed) {
            m_buttons->setEnabled(true);
            m_error->setText(describe(dry));
            return;
        }
        m_document->apply(WriteOptions{}, [this](const Outcome &r) {
            m_buttons->setEnabled(true);
            if (r.kind != Outcome::Kind::Applied) {
                m_error->setText(describe(r));
                return;
            }
            m_error->clear();
            Q_EMIT applied();
            QDialog::accept();
        });
    });
}

QString GroupDialog::describe(const editors::EditableDocument::Outcome &outcome)
{
    using Outcome = editors::EditableDocument::Outcome;
    if (outcome.kind != Outcome::Kind::Conflict)
        return outcome.error.toString();
    // someone changed the object: carry the labels over to what the server has now, unless
    // they changed the same labels; nothing is written until Apply is pressed again
    const editors::RebaseResult rebased = m_document->rebase();
    if (!rebased.conflicts.isEmpty())
        return tr("Someone changed the same labels of %1 meanwhile; nothing was overwritten. Close and try again on the fresh object.")
            .arg(m_document->name());
    m_document->acceptRebase(rebased.merged);
    m_preview->setPlainText(QString::fromUtf8(patch()));
    return tr("%1 changed on the server meanwhile; your labels now apply to its current version. Press Apply again.")
        .arg(m_document->name());
}

} // namespace fc
