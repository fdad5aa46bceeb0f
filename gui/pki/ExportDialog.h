#pragma once

#include "gui/pki/ExportLayouts.h"
#include "gui/pki/PkiServices.h"
#include "gui/pki/PkiWidgets.h"

class QComboBox;
class QLabel;
class QLineEdit;

namespace fc {

/// Export…: writes the selected certificate as PEM (alone or with its chain) or, when its key is
/// still in memory (issued or renewed in this session), as PEM files, PKCS#12 or a framework's
/// layout (FLARE startup kit, OpenFL and FATE secrets). Files are written all-or-nothing, keys 0600.
class ExportDialog final : public pkiui::PkiFormDialog {
    Q_OBJECT
public:
    ExportDialog(const PkiServices &services, const pki::IssuedCertificate &certificate, QWidget *parent = nullptr);
    void setFormat(pkiui::ExportFormat format);

Q_SIGNALS:
    void exported(const QString &directory, const QStringList &files);

protected:
    void submit() override;

private:
    PkiServices m_services;
    pki::IssuedCertificate m_certificate;
    QComboBox *m_format;
    QLineEdit *m_baseName;
    pkiui::PathField *m_outputDir;
    QLineEdit *m_p12Passphrase;
    QLineEdit *m_p12Confirm;
};

} // namespace fc
