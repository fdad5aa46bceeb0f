#pragma once

#include "backend/cluster/Resources.h"

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
/// so anything can be placed in a federation. Shows the exact merge patch; applies it with the
/// object's resourceVersion as a precondition after a server-side dry run, and reports a
/// conflict instead of overwriting someone else's change.
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

    QPointer<ClusterConnection> m_connection;
    ObjectSummary m_object;
    QLineEdit *m_federation;
    QLineEdit *m_party;
    QComboBox *m_role;
    QPlainTextEdit *m_preview;
    QLabel *m_error;
    QDialogButtonBox *m_buttons;
};

} // namespace fc
