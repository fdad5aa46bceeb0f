#include "gui/pki/ExportLayouts.h"

#include "backend/pki/FrameworkPresets.h"

#include <QCoreApplication>
#include <QHash>

namespace fc::pkiui {

namespace {

/// One translation context for this file, the same for lupdate and at run time.
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(fc::pkiui::ExportLayouts)
};

/// pemFiles' <base>.crt / <base>.key / ca.crt renamed to a framework's names.
Result<QList<pki::ExportFile>> renamed(const pki::IssuedCertificate &issued, const QString &cert, const QString &key,
                                       const QString &ca, pki::presets::KeyEncoding encoding)
{
    auto files = pki::presets::pemFiles(issued, QStringLiteral("tls"), encoding);
    if (!files)
        return files.error();
    const QHash<QString, QString> names{{QStringLiteral("tls.crt"), cert}, {QStringLiteral("tls.key"), key},
                                        {QStringLiteral("ca.crt"), ca}};
    QList<pki::ExportFile> out;
    for (pki::ExportFile f : files.value()) {
        f.name = names.value(f.name, f.name);
        out << f;
    }
    return out;
}

} // namespace

QList<ExportFormatInfo> exportFormats()
{
    return {
        {ExportFormat::CertificatePem, Tr::tr("Certificate (PEM)"), false},
        {ExportFormat::ChainPem, Tr::tr("Certificate with chain (PEM)"), false},
        {ExportFormat::PemFiles, Tr::tr("PEM files: certificate, key, CA"), true},
        {ExportFormat::Pkcs12, Tr::tr("PKCS#12 (.p12, passphrase)"), true},
        {ExportFormat::FlareServerKit, Tr::tr("NVIDIA FLARE startup kit — server"), true},
        {ExportFormat::FlareClientKit, Tr::tr("NVIDIA FLARE startup kit — client / admin"), true},
        {ExportFormat::OpenFlDirector, Tr::tr("OpenFL director (director-cert)"), true},
        {ExportFormat::OpenFlEnvoy, Tr::tr("OpenFL envoy (envoy-cert)"), true},
        {ExportFormat::OpenFlNotebook, Tr::tr("OpenFL notebook (notebook-cert)"), true},
        {ExportFormat::FatePulsar, Tr::tr("FATE pulsar (pulsar-cert)"), true},
        {ExportFormat::FateTrafficServer, Tr::tr("FATE traffic-server (traffic-server-cert)"), true},
    };
}

ExportFormatInfo exportFormatInfo(ExportFormat format)
{
    for (const ExportFormatInfo &i : exportFormats()) {
        if (i.format == format)
            return i;
    }
    return exportFormats().first();
}

Result<QList<pki::ExportFile>> exportLayout(ExportFormat format, const pki::IssuedCertificate &issued,
                                            const QString &baseName, const QByteArray &p12Passphrase)
{
    const QString base = baseName.isEmpty() ? QStringLiteral("tls") : baseName;
    if (exportFormatInfo(format).needsKey && issued.key.isNull())
        return makeError(Tr::tr("the private key of this certificate is not available: FedConsole keeps keys only in "
                            "memory, right after issuing. Issue or renew the certificate to export it with a key."));
    switch (format) {
    case ExportFormat::CertificatePem:
        return QList<pki::ExportFile>{{base + QStringLiteral(".crt"), issued.certificate.toPem(), 0644}};
    case ExportFormat::ChainPem: {
        QByteArray pem = issued.certificate.toPem();
        for (const pki::Certificate &c : issued.chain)
            pem += c.toPem();
        return QList<pki::ExportFile>{{base + QStringLiteral("-chain.pem"), pem, 0644}};
    }
    case ExportFormat::PemFiles:
        return pki::presets::pemFiles(issued, base);
    case ExportFormat::Pkcs12:
        if (p12Passphrase.isEmpty())
            return makeError(Tr::tr("a PKCS#12 file needs a passphrase"), QStringLiteral("passphrase"));
        return pki::presets::pkcs12File(issued, base, p12Passphrase);
    case ExportFormat::FlareServerKit:
        return renamed(issued, QStringLiteral("server.crt"), QStringLiteral("server.key"), QStringLiteral("rootCA.pem"),
                       pki::presets::KeyEncoding::Traditional);
    case ExportFormat::FlareClientKit:
        return renamed(issued, QStringLiteral("client.crt"), QStringLiteral("client.key"), QStringLiteral("rootCA.pem"),
                       pki::presets::KeyEncoding::Traditional);
    case ExportFormat::OpenFlDirector:
        return renamed(issued, QStringLiteral("director.crt"), QStringLiteral("priv.key"), QStringLiteral("root_ca.crt"),
                       pki::presets::KeyEncoding::Traditional);
    case ExportFormat::OpenFlEnvoy:
        return renamed(issued, QStringLiteral("envoy.crt"), QStringLiteral("priv.key"), QStringLiteral("root_ca.crt"),
                       pki::presets::KeyEncoding::Traditional);
    case ExportFormat::OpenFlNotebook:
        return renamed(issued, QStringLiteral("notebook.crt"), QStringLiteral("priv.key"), QStringLiteral("root_ca.crt"),
                       pki::presets::KeyEncoding::Traditional);
    case ExportFormat::FatePulsar:
        return renamed(issued, QStringLiteral("broker.cert.pem"), QStringLiteral("broker.key-pk8.pem"),
                       QStringLiteral("ca.cert.pem"), pki::presets::KeyEncoding::Pkcs8);
    case ExportFormat::FateTrafficServer:
        return renamed(issued, QStringLiteral("proxy.cert.pem"), QStringLiteral("proxy.key.pem"), QStringLiteral("ca.cert.pem"),
                       pki::presets::KeyEncoding::Pkcs8);
    }
    return makeError(Tr::tr("unknown export format"));
}

} // namespace fc::pkiui
