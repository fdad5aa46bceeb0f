#pragma once

#include "gui/pki/PkiServices.h"
#include "gui/pki/PkiWidgets.h"

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;

namespace fc {

/// Renew…: a new certificate with the old one's subject, SANs and usage, a new validity, and either
/// a new key or the existing key (read from its PEM file). Like issuing, the result can be written
/// as PEM files and deployed right away while its key is in memory.
class RenewDialog final : public pkiui::PkiFormDialog {
    Q_OBJECT
public:
    RenewDialog(const PkiServices &services, const pki::Certificate &old, QWidget *parent = nullptr);

Q_SIGNALS:
    void issued(const fc::pki::IssuedCertificate &issued);
    void deployRequested(const QByteArray &certPem, const QByteArray &keyPem, const QByteArray &chainPem);

protected:
    void submit() override;

private:
    PkiServices m_services;
    pki::Certificate m_old;
    QComboBox *m_ca;
    QSpinBox *m_validity;
    QComboBox *m_keyMode;
    QComboBox *m_keyType;
    QCheckBox *m_reissue;
    pkiui::PathField *m_keyFile;
    QLineEdit *m_keyPassphrase;
    pkiui::PathField *m_outputDir;
    QLabel *m_result;
    QPushButton *m_deploy;
    pki::IssuedCertificate m_issued;
};

} // namespace fc
