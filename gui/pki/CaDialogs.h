#pragma once

#include "gui/pki/PkiServices.h"
#include "gui/pki/PkiWidgets.h"

class QComboBox;
class QLineEdit;
class QSpinBox;

namespace fc {

class NewPassphraseFields;

/// New CA…: a root, or an intermediate signed by a stored CA (whose passphrase is asked), with
/// subject fields, key type, validity and path length. The key is stored encrypted.
class NewCaDialog final : public pkiui::PkiFormDialog {
    Q_OBJECT
public:
    NewCaDialog(const PkiServices &services, QWidget *parent = nullptr);

Q_SIGNALS:
    /// A CA was stored (name).
    void created(const QString &name);

protected:
    void submit() override;

private:
    void finish(const QString &name, const QByteArray &passphrase, bool remember, Result<pki::CertificateAuthority> ca);

    PkiServices m_services;
    QComboBox *m_kind;
    QComboBox *m_parent;
    QLineEdit *m_name;
    QLineEdit *m_cn, *m_org, *m_ou, *m_country, *m_state, *m_locality;
    QComboBox *m_keyType;
    QSpinBox *m_validity;
    QSpinBox *m_pathLength;
    NewPassphraseFields *m_passphrase;
};

/// Import CA…: an existing CA's PEM certificate (optionally with its issuers) and PEM key, plain or
/// encrypted; stored encrypted with a new passphrase.
class ImportCaDialog final : public pkiui::PkiFormDialog {
    Q_OBJECT
public:
    ImportCaDialog(const PkiServices &services, QWidget *parent = nullptr);

Q_SIGNALS:
    void imported(const QString &name);

protected:
    void submit() override;

private:
    PkiServices m_services;
    QLineEdit *m_name;
    pkiui::PathField *m_cert;
    pkiui::PathField *m_key;
    QLineEdit *m_keyPassphrase;
    NewPassphraseFields *m_passphrase;
};

} // namespace fc
