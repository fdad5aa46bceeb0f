#include "gui/pki/ExportDialog.h"

#include "backend/core/TaskRunner.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStandardItemModel>

namespace fc {

ExportDialog::ExportDialog(const PkiServices &services, const pki::IssuedCertificate &certificate, QWidget *parent)
    : PkiFormDialog(tr("Export certificate"), parent), m_services(services), m_certificate(certificate)
{
    setObjectName(QStringLiteral("exportDialog"));
    const bool hasKey = !certificate.key.isNull();
    auto *subject = new QLabel(certificate.certificate.info().subject, this);
    subject->setObjectName(QStringLiteral("subjectLabel"));
    auto *keyNote = new QLabel(hasKey ? tr("The private key is in memory (issued in this session): every format is available.")
                                      : tr("FedConsole keeps private keys only in memory right after issuing; this "
                                           "certificate's key is not available, so only certificate formats can be written. "
                                           "Use Renew… to get a new key."),
                               this);
    keyNote->setObjectName(QStringLiteral("keyNoteLabel"));
    keyNote->setWordWrap(true);
    m_format = new QComboBox(this);
    m_format->setObjectName(QStringLiteral("formatComboBox"));
    auto *model = qobject_cast<QStandardItemModel *>(m_format->model());
    for (const pkiui::ExportFormatInfo &f : pkiui::exportFormats()) {
        m_format->addItem(f.label, int(f.format));
        if (f.needsKey && !hasKey)
            model->item(m_format->count() - 1)->setEnabled(false);
    }
    m_baseName = new QLineEdit(QStringLiteral("tls"), this);
    m_baseName->setObjectName(QStringLiteral("baseNameLineEdit"));
    m_outputDir = new pkiui::PathField(pkiui::PathField::Directory, QStringLiteral("outputDir"), this);
    m_p12Passphrase = new QLineEdit(this);
    m_p12Passphrase->setObjectName(QStringLiteral("p12PassphraseLineEdit"));
    m_p12Passphrase->setEchoMode(QLineEdit::Password);
    m_p12Confirm = new QLineEdit(this);
    m_p12Confirm->setObjectName(QStringLiteral("p12ConfirmLineEdit"));
    m_p12Confirm->setEchoMode(QLineEdit::Password);
    form()->addRow(tr("Certificate:"), subject);
    form()->addRow(keyNote);
    form()->addRow(tr("&Format:"), m_format);
    form()->addRow(tr("&Base name:"), m_baseName);
    form()->addRow(tr("&Directory:"), m_outputDir);
    form()->addRow(tr("PKCS#12 &passphrase:"), m_p12Passphrase);
    form()->addRow(tr("Con&firm:"), m_p12Confirm);
    okButton()->setText(tr("&Export"));
    auto update = [this] {
        const auto f = pkiui::ExportFormat(m_format->currentData().toInt());
        m_p12Passphrase->setEnabled(f == pkiui::ExportFormat::Pkcs12);
        m_p12Confirm->setEnabled(f == pkiui::ExportFormat::Pkcs12);
        m_baseName->setEnabled(f == pkiui::ExportFormat::CertificatePem || f == pkiui::ExportFormat::ChainPem
                               || f == pkiui::ExportFormat::PemFiles || f == pkiui::ExportFormat::Pkcs12);
    };
    connect(m_format, &QComboBox::currentIndexChanged, this, update);
    update();
    resize(620, sizeHint().height());
}

void ExportDialog::setFormat(pkiui::ExportFormat format)
{
    m_format->setCurrentIndex(m_format->findData(int(format)));
}

void ExportDialog::submit()
{
    const auto format = pkiui::ExportFormat(m_format->currentData().toInt());
    const QString dir = m_outputDir->path();
    if (dir.isEmpty())
        return showError(tr("Choose the directory to write to."));
    if (format == pkiui::ExportFormat::Pkcs12) {
        if (m_p12Passphrase->text().isEmpty())
            return showError(tr("A PKCS#12 file needs a passphrase."));
        if (m_p12Passphrase->text() != m_p12Confirm->text())
            return showError(tr("The two passphrases differ."));
    }
    const QString target = format == pkiui::ExportFormat::FlareServerKit || format == pkiui::ExportFormat::FlareClientKit
        ? dir + QStringLiteral("/startup") : dir;
    setBusy(true, tr("Writing…"));
    m_services.tasks->run<Result<QStringList>>(
        this,
        [format, target, cert = m_certificate, base = m_baseName->text().trimmed(),
         pass = m_p12Passphrase->text().toUtf8()]() -> Result<QStringList> {
            auto files = pkiui::exportLayout(format, cert, base, pass);
            if (!files)
                return files.error();
            if (auto w = pki::writeExportFiles(target, files.value()); !w)
                return w.error();
            QStringList names;
            for (const pki::ExportFile &f : files.value())
                names << f.name;
            return names;
        },
        [this, target](Result<QStringList> names) {
            setBusy(false);
            if (!names)
                return showError(names.error());
            Q_EMIT exported(target, names.value());
            accept();
        });
}

} // namespace fc
