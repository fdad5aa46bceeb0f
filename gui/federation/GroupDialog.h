#pragma once

#include "backend/cluster/ObjectClient.h"
#include "backend/cluster/Resources.h"
#include "model/editors/EditableDocument.h"

#include <QDialog>
#include <QPointer>

class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QDialogButtonBox;

namespace fc {

class ClusterConnection;

/// Sets FedConsole's grouping labels (fedconsole.io/federation, /party, /role) on one object,
/// so anything can be placed in a federation. The labels are an edit of an EditableDocument:
/// the dialog shows the exact merge patch, applies it with the object's resourceVersion as a
/// precondition after a server-side dry run, and on a conflict carries the labels over to the
/// server's current object (asking again) instead of overwriting someone else's change.
class GroupDialog final : public QDialog {
    Q_OBJECT
public:
    GroupDialog(ClusterConnection *connection, const ObjectSummary &object, QWidget *parent = nullptr);

    /// The merge patch for the current field values.
    QByteArray patch() const;
    QString errorText() const;

    /// Dry run, then the patch; closes on success, shows the error and stays open otherwise.
    void accept() override;

Q_SIGNALS:
    void applied();

private:
    void updatePreview();
    void updateDocument();
    QString describe(const editors::EditableDocument::Outcome &outcome);

    ObjectClient m_client;
    ObjectSummary m_object;
    editors::EditableDocument *m_document;
    QLineEdit *m_federation;
    QLineEdit *m_party;
    QComboBox *m_role;
    QPlainTextEdit *m_preview;
    QLabel *m_error;
    QDialogButtonBox *m_buttons;
};

} // namespace fc
