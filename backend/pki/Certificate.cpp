#include "backend/pki/Certificate.h"

#include <QHostAddress>
#include <QUrl>
#include <QRegularExpression>

#include <openssl/core_names.h>
#include <openssl/err.h>
#include <openssl/pem.h>
#include <openssl/x509v3.h>

#include <ctime>

namespace fc::pki {

namespace {

QString entryText(const X509_NAME *name, int nid)
{
    const int idx = X509_NAME_get_index_by_NID(name, nid, -1);
    if (idx < 0)
        return {};
    const X509_NAME_ENTRY *entry = X509_NAME_get_entry(name, idx);
    const ASN1_STRING *data = X509_NAME_ENTRY_get_data(entry);
    unsigned char *utf8 = nullptr;
    const int len = ASN1_STRING_to_UTF8(&utf8, data);
    if (len < 0)
        return {};
    QString s = QString::fromUtf8(reinterpret_cast<const char *>(utf8), len);
    OPENSSL_free(utf8);
    return s;
}

Error pemError(const QString &what, const QByteArray &pem)
{
    clearOpensslErrors();
    Error e;
    e.reason = QStringLiteral("MalformedPem");
    if (!pem.contains("-----BEGIN "))
        e.message = what + QStringLiteral(": not PEM (no \"-----BEGIN\" line)");
    else if (!pem.contains("-----END "))
        e.message = what + QStringLiteral(": malformed PEM (no \"-----END\" line)");
    else
        e.message = what + QStringLiteral(": malformed PEM (bad base64 or DER inside)");
    return e;
}

} // namespace

QString DistinguishedName::toString() const
{
    QStringList parts;
    auto add = [&](const char *key, const QString &v) {
        if (!v.isEmpty())
            parts << QString::fromLatin1(key) + QLatin1Char('=') + v;
    };
    add("CN", commonName);
    add("OU", organizationalUnit);
    add("O", organization);
    add("L", locality);
    add("ST", state);
    add("C", country);
    add("unstructuredName", unstructuredName);
    return parts.join(QStringLiteral(", "));
}

bool isValidDnsName(const QString &name)
{
    if (name.isEmpty() || name.size() > 253)
        return false;
    QString rest = name;
    if (rest.startsWith(QLatin1String("*.")))
        rest = rest.mid(2);
    if (rest.endsWith(QLatin1Char('.')))
        rest.chop(1);
    static const QRegularExpression label(QStringLiteral("^[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?$"));
    const QStringList labels = rest.split(QLatin1Char('.'));
    for (const QString &l : labels) {
        if (!label.match(l).hasMatch())
            return false;
    }
    return true;
}

bool isValidIpAddress(const QString &ip)
{
    if (ip.isEmpty())
        return false;
    QHostAddress addr;
    if (!addr.setAddress(ip))
        return false;
    // QHostAddress accepts a few shorthand IPv4 forms ("1.2.3"); insist on four dotted parts.
    if (addr.protocol() == QAbstractSocket::IPv4Protocol && ip.count(QLatin1Char('.')) != 3)
        return false;
    return addr.protocol() == QAbstractSocket::IPv4Protocol || addr.protocol() == QAbstractSocket::IPv6Protocol;
}

namespace {

enum class SanKind { Dns, Ip, Email, Uri };
constexpr SanKind kSanKinds[] = {SanKind::Dns, SanKind::Ip, SanKind::Email, SanKind::Uri};

bool isPrintableAscii(const QString &s)
{
    for (QChar c : s) {
        if (c.unicode() <= 0x20 || c.unicode() >= 0x7F)
            return false;
    }
    return !s.isEmpty();
}

const QStringList &sanList(const SubjectAltNames &sans, SanKind kind)
{
    switch (kind) {
    case SanKind::Dns: return sans.dns;
    case SanKind::Ip: return sans.ips;
    case SanKind::Email: return sans.emails;
    case SanKind::Uri: return sans.uris;
    }
    Q_UNREACHABLE();
}

QStringList &sanList(SubjectAltNames &sans, SanKind kind)
{
    return const_cast<QStringList &>(sanList(std::as_const(sans), kind));
}

/// One SAN checked by the rules of its kind; the error names the entry and the field.
Result<void> checkSan(SanKind kind, const QString &value)
{
    bool valid = false;
    const char *what = "";
    const char *field = "";
    const char *hint = "";
    switch (kind) {
    case SanKind::Dns:
        valid = isValidDnsName(value);
        what = "DNS name";
        field = "san.dns";
        break;
    case SanKind::Ip:
        valid = isValidIpAddress(value);
        what = "IP address";
        field = "san.ip";
        break;
    case SanKind::Email:
        valid = isValidEmailAddress(value);
        what = "e-mail address";
        field = "san.email";
        break;
    case SanKind::Uri:
        valid = isValidUri(value);
        what = "URI";
        field = "san.uri";
        hint = " (an absolute URI such as spiffe://domain/path)";
        break;
    }
    if (valid)
        return {};
    Error e = makeError(QStringLiteral("invalid %1 \"%2\" in subjectAltName%3").arg(QLatin1String(what), value, QLatin1String(hint)),
                        QLatin1String(field));
    e.reason = QStringLiteral("BadSan");
    return e;
}

/// Removes openssl's "DNS:", "IP:", "email:" or "URI:" prefix (any case) from value and says which
/// it was; without one, the kind is told by the value's shape.
SanKind takeSanKind(QString &value)
{
    struct Prefix {
        QLatin1String text;
        SanKind kind;
    };
    const Prefix prefixes[] = {{QLatin1String("dns:"), SanKind::Dns},
                               {QLatin1String("ip:"), SanKind::Ip},
                               {QLatin1String("email:"), SanKind::Email},
                               {QLatin1String("uri:"), SanKind::Uri}};
    for (const Prefix &p : prefixes) {
        if (value.startsWith(p.text, Qt::CaseInsensitive)) {
            value.remove(0, p.text.size());
            return p.kind;
        }
    }
    if (value.contains(QLatin1String("://")))
        return SanKind::Uri;
    if (value.contains(QLatin1Char('@')))
        return SanKind::Email;
    static const QRegularExpression ipLike(QStringLiteral("^[0-9.]+$|:"));
    if (ipLike.match(value).hasMatch())
        return SanKind::Ip;
    return SanKind::Dns;
}

} // namespace

Result<void> SubjectAltNames::validate() const
{
    for (SanKind kind : kSanKinds) {
        for (const QString &v : sanList(*this, kind)) {
            if (auto ok = checkSan(kind, v); !ok)
                return ok;
        }
    }
    return {};
}

// Written without a local SubjectAltNames whose list is chosen at run time: that shape (a member
// pointer or a PHI of addresses into a local, then QList::append) was miscompiled at -O2 with
// Qt 6.4's headers — see the comment on -fno-strict-aliasing in CMakeLists.txt.
Result<void> addSubjectAltName(SubjectAltNames &sans, const QString &entry)
{
    QString value = entry.trimmed();
    const SanKind kind = takeSanKind(value);
    if (auto ok = checkSan(kind, value); !ok)
        return ok;
    QStringList &list = sanList(sans, kind);
    if (!list.contains(value))
        list.append(value);
    return {};
}

bool isValidEmailAddress(const QString &email)
{
    const qsizetype at = email.indexOf(QLatin1Char('@'));
    return isPrintableAscii(email) && email.count(QLatin1Char('@')) == 1 && at > 0 && at < email.size() - 1
        && email.size() <= 254;
}

bool isValidUri(const QString &uri)
{
    if (!isPrintableAscii(uri))
        return false;
    const QUrl url(uri, QUrl::StrictMode);
    return url.isValid() && !url.scheme().isEmpty() && url.scheme().size() < uri.size() - 1;
}

QString SubjectAltNames::toString() const
{
    QStringList parts;
    for (const QString &d : dns)
        parts << QStringLiteral("DNS:") + d;
    for (const QString &ip : ips)
        parts << QStringLiteral("IP:") + ip;
    for (const QString &m : emails)
        parts << QStringLiteral("email:") + m;
    for (const QString &u : uris)
        parts << QStringLiteral("URI:") + u;
    return parts.join(QStringLiteral(", "));
}

QDateTime asn1TimeToUtc(const ASN1_TIME *t)
{
    if (!t)
        return {};
    struct tm tm {};
    if (ASN1_TIME_to_tm(t, &tm) != 1)
        return {};
    return QDateTime::fromSecsSinceEpoch(qint64(timegm(&tm)), Qt::UTC);
}

DistinguishedName distinguishedNameFrom(const X509_NAME *name)
{
    DistinguishedName dn;
    if (!name)
        return dn;
    dn.commonName = entryText(name, NID_commonName);
    dn.organization = entryText(name, NID_organizationName);
    dn.organizationalUnit = entryText(name, NID_organizationalUnitName);
    dn.country = entryText(name, NID_countryName);
    dn.state = entryText(name, NID_stateOrProvinceName);
    dn.locality = entryText(name, NID_localityName);
    dn.unstructuredName = entryText(name, NID_pkcs9_unstructuredName);
    return dn;
}

QString nameToString(const X509_NAME *name)
{
    BioPtr bio = memoryBio();
    X509_NAME_print_ex(bio.get(), name, 0, (XN_FLAG_ONELINE & ~ASN1_STRFLGS_ESC_MSB) | ASN1_STRFLGS_UTF8_CONVERT);
    return QString::fromUtf8(bioContents(bio.get()));
}

SubjectAltNames subjectAltNamesFrom(const GENERAL_NAMES *names)
{
    SubjectAltNames sans;
    if (!names)
        return sans;
    for (int i = 0; i < sk_GENERAL_NAME_num(names); ++i) {
        const GENERAL_NAME *gn = sk_GENERAL_NAME_value(names, i);
        if (gn->type == GEN_DNS) {
            const ASN1_IA5STRING *s = gn->d.dNSName;
            sans.dns << QString::fromLatin1(reinterpret_cast<const char *>(ASN1_STRING_get0_data(s)),
                                            ASN1_STRING_length(s));
        } else if (gn->type == GEN_IPADD) {
            const ASN1_OCTET_STRING *s = gn->d.iPAddress;
            const unsigned char *d = ASN1_STRING_get0_data(s);
            const int len = ASN1_STRING_length(s);
            if (len == 4) {
                sans.ips << QHostAddress(quint32(d[0]) << 24 | quint32(d[1]) << 16 | quint32(d[2]) << 8 | d[3]).toString();
            } else if (len == 16) {
                Q_IPV6ADDR a;
                memcpy(a.c, d, 16);
                sans.ips << QHostAddress(a).toString();
            }
        } else if (gn->type == GEN_EMAIL || gn->type == GEN_URI) {
            const ASN1_IA5STRING *s = gn->type == GEN_EMAIL ? gn->d.rfc822Name : gn->d.uniformResourceIdentifier;
            const QString v = QString::fromLatin1(reinterpret_cast<const char *>(ASN1_STRING_get0_data(s)),
                                                  ASN1_STRING_length(s));
            (gn->type == GEN_EMAIL ? sans.emails : sans.uris) << v;
        }
    }
    return sans;
}

Result<X509_NAME *> buildX509Name(const DistinguishedName &dn)
{
    if (dn.commonName.isEmpty())
        return makeError(QStringLiteral("the subject needs a common name (CN)"), QStringLiteral("subject.CN"));
    if (!dn.country.isEmpty() && dn.country.size() != 2)
        return makeError(QStringLiteral("country must be a two-letter code, got \"%1\"").arg(dn.country),
                         QStringLiteral("subject.C"));
    X509_NAME *name = X509_NAME_new();
    auto add = [&](const char *field, const QString &v) {
        if (v.isEmpty())
            return true;
        const QByteArray utf8 = v.toUtf8();
        return X509_NAME_add_entry_by_txt(name, field, MBSTRING_UTF8,
                                          reinterpret_cast<const unsigned char *>(utf8.constData()),
                                          int(utf8.size()), -1, 0) == 1;
    };
    const bool ok = add("C", dn.country) && add("ST", dn.state) && add("L", dn.locality)
        && add("O", dn.organization) && add("OU", dn.organizationalUnit) && add("CN", dn.commonName)
        && add("unstructuredName", dn.unstructuredName);
    if (!ok) {
        X509_NAME_free(name);
        return opensslError(QStringLiteral("invalid subject \"%1\"").arg(dn.toString()));
    }
    return name;
}

Result<GENERAL_NAMES *> buildGeneralNames(const SubjectAltNames &sans)
{
    if (auto v = sans.validate(); !v)
        return v.error();
    GENERAL_NAMES *names = sk_GENERAL_NAME_new_null();
    const auto pushIa5 = [names](int type, const QString &value) {
        GENERAL_NAME *gn = GENERAL_NAME_new();
        ASN1_IA5STRING *s = ASN1_IA5STRING_new();
        const QByteArray a = value.toLatin1();
        ASN1_STRING_set(s, a.constData(), int(a.size()));
        GENERAL_NAME_set0_value(gn, type, s);
        sk_GENERAL_NAME_push(names, gn);
    };
    for (const QString &d : sans.dns)
        pushIa5(GEN_DNS, d);
    for (const QString &ip : sans.ips) {
        const QByteArray a = QHostAddress(ip).toString().toLatin1();
        ASN1_OCTET_STRING *s = a2i_IPADDRESS(a.constData());
        if (!s) {
            GENERAL_NAMES_free(names);
            clearOpensslErrors();
            Error e = makeError(QStringLiteral("invalid IP address \"%1\" in subjectAltName").arg(ip), QStringLiteral("san.ip"));
            e.reason = QStringLiteral("BadSan");
            return e;
        }
        GENERAL_NAME *gn = GENERAL_NAME_new();
        GENERAL_NAME_set0_value(gn, GEN_IPADD, s);
        sk_GENERAL_NAME_push(names, gn);
    }
    for (const QString &m : sans.emails)
        pushIa5(GEN_EMAIL, m);
    for (const QString &u : sans.uris)
        pushIa5(GEN_URI, u);
    return names;
}

Certificate::Certificate(const Certificate &other)
{
    if (other.m_cert) {
        X509_up_ref(other.m_cert.get());
        m_cert.reset(other.m_cert.get());
    }
}

Certificate &Certificate::operator=(const Certificate &other)
{
    if (this != &other) {
        if (other.m_cert)
            X509_up_ref(other.m_cert.get());
        m_cert.reset(other.m_cert.get());
    }
    return *this;
}

Result<Certificate> Certificate::fromPem(const QByteArray &pem)
{
    if (!pem.contains("-----BEGIN CERTIFICATE-----")) {
        if (pem.contains("-----BEGIN "))
            return makeError(QStringLiteral("PEM does not hold a certificate (no \"BEGIN CERTIFICATE\" block)"));
        return pemError(QStringLiteral("certificate"), pem);
    }
    clearOpensslErrors();
    BioPtr bio = memoryBio(pem);
    X509 *x = PEM_read_bio_X509(bio.get(), nullptr, nullptr, nullptr);
    if (!x)
        return pemError(QStringLiteral("certificate"), pem);
    return Certificate(X509Ptr(x));
}

Result<QList<Certificate>> Certificate::listFromPem(const QByteArray &pem)
{
    QList<Certificate> out;
    qsizetype pos = 0;
    const QByteArray begin("-----BEGIN CERTIFICATE-----");
    const QByteArray end("-----END CERTIFICATE-----");
    while ((pos = pem.indexOf(begin, pos)) >= 0) {
        const qsizetype e = pem.indexOf(end, pos);
        if (e < 0)
            return pemError(QStringLiteral("certificate %1 in bundle").arg(out.size() + 1), pem.mid(pos));
        auto c = fromPem(pem.mid(pos, e + end.size() - pos));
        if (!c) {
            Error err = c.error();
            err.message = QStringLiteral("certificate %1 in bundle: ").arg(out.size() + 1) + err.message;
            return err;
        }
        out << std::move(c).value();
        pos = e + end.size();
    }
    if (out.isEmpty()) // no complete block: let fromPem say what is wrong
        return fromPem(pem).error();
    return out;
}

Result<Certificate> Certificate::fromDer(const QByteArray &der)
{
    clearOpensslErrors();
    const auto *p = reinterpret_cast<const unsigned char *>(der.constData());
    X509 *x = d2i_X509(nullptr, &p, long(der.size()));
    if (!x)
        return opensslError(QStringLiteral("malformed DER certificate"));
    return Certificate(X509Ptr(x));
}

QByteArray Certificate::toPem() const
{
    if (!m_cert)
        return {};
    BioPtr bio = memoryBio();
    PEM_write_bio_X509(bio.get(), m_cert.get());
    return bioContents(bio.get());
}

QByteArray Certificate::toDer() const
{
    if (!m_cert)
        return {};
    unsigned char *buf = nullptr;
    const int len = i2d_X509(m_cert.get(), &buf);
    if (len <= 0)
        return {};
    QByteArray out(reinterpret_cast<const char *>(buf), len);
    OPENSSL_free(buf);
    return out;
}

DistinguishedName Certificate::subjectName() const
{
    return m_cert ? distinguishedNameFrom(X509_get_subject_name(m_cert.get())) : DistinguishedName{};
}

SubjectAltNames Certificate::subjectAltNames() const
{
    if (!m_cert)
        return {};
    auto *names = static_cast<GENERAL_NAMES *>(X509_get_ext_d2i(m_cert.get(), NID_subject_alt_name, nullptr, nullptr));
    SubjectAltNames sans = subjectAltNamesFrom(names);
    GENERAL_NAMES_free(names);
    return sans;
}

QDateTime Certificate::notBefore() const
{
    return m_cert ? asn1TimeToUtc(X509_get0_notBefore(m_cert.get())) : QDateTime{};
}

QDateTime Certificate::notAfter() const
{
    return m_cert ? asn1TimeToUtc(X509_get0_notAfter(m_cert.get())) : QDateTime{};
}

bool Certificate::isCA() const
{
    return m_cert && (X509_get_extension_flags(m_cert.get()) & EXFLAG_CA);
}

bool Certificate::hasServerAuth() const
{
    return m_cert && (X509_get_extension_flags(m_cert.get()) & EXFLAG_XKUSAGE)
        && (X509_get_extended_key_usage(m_cert.get()) & XKU_SSL_SERVER);
}

bool Certificate::hasClientAuth() const
{
    return m_cert && (X509_get_extension_flags(m_cert.get()) & EXFLAG_XKUSAGE)
        && (X509_get_extended_key_usage(m_cert.get()) & XKU_SSL_CLIENT);
}

QString Certificate::serialHex() const
{
    if (!m_cert)
        return {};
    BIGNUM *bn = ASN1_INTEGER_to_BN(X509_get0_serialNumber(m_cert.get()), nullptr);
    char *hex = BN_bn2hex(bn);
    QString s = QString::fromLatin1(hex);
    OPENSSL_free(hex);
    BN_free(bn);
    return s;
}

std::optional<KeyType> Certificate::keyType() const
{
    EVP_PKEY *pk = m_cert ? X509_get0_pubkey(m_cert.get()) : nullptr;
    if (!pk)
        return std::nullopt;
    switch (EVP_PKEY_get_base_id(pk)) {
    case EVP_PKEY_RSA: {
        const int bits = EVP_PKEY_get_bits(pk);
        if (bits > 4096)
            return std::nullopt; // never weaker than before: the caller has to choose
        return bits > 3072 ? KeyType::Rsa4096 : bits > 2048 ? KeyType::Rsa3072 : KeyType::Rsa2048;
    }
    case EVP_PKEY_ED25519:
        return KeyType::Ed25519;
    case EVP_PKEY_EC: {
        char group[64] = {};
        if (EVP_PKEY_get_utf8_string_param(pk, OSSL_PKEY_PARAM_GROUP_NAME, group, sizeof group, nullptr) != 1) {
            clearOpensslErrors();
            return std::nullopt;
        }
        const QByteArray g(group);
        if (g == "prime256v1" || g == "P-256" || g == "secp256r1")
            return KeyType::EcP256;
        if (g == "secp384r1" || g == "P-384")
            return KeyType::EcP384;
        return std::nullopt;
    }
    default:
        return std::nullopt;
    }
}

bool Certificate::isIssuedBy(const Certificate &issuer) const
{
    if (!m_cert || issuer.isNull())
        return false;
    EVP_PKEY *issuerKey = X509_get0_pubkey(issuer.get());
    const bool ok = X509_check_issued(issuer.get(), m_cert.get()) == X509_V_OK && issuerKey
        && X509_verify(m_cert.get(), issuerKey) == 1;
    clearOpensslErrors();
    return ok;
}

QString Certificate::sha256Fingerprint() const
{
    if (!m_cert)
        return {};
    unsigned char md[EVP_MAX_MD_SIZE];
    unsigned int len = 0;
    X509_digest(m_cert.get(), EVP_sha256(), md, &len);
    return QByteArray(reinterpret_cast<const char *>(md), len).toHex(':').toUpper();
}

CertificateInfo Certificate::info() const
{
    CertificateInfo info;
    if (!m_cert)
        return info;
    X509 *x = m_cert.get();
    info.subject = nameToString(X509_get_subject_name(x));
    info.issuer = nameToString(X509_get_issuer_name(x));
    info.subjectName = subjectName();
    info.sans = subjectAltNames();
    info.serialHex = serialHex();
    info.notBefore = notBefore();
    info.notAfter = notAfter();
    info.isCA = isCA();
    info.pathLength = info.isCA ? int(X509_get_pathlen(x)) : -1;
    if (EVP_PKEY *pk = X509_get0_pubkey(x)) {
        switch (EVP_PKEY_get_base_id(pk)) {
        case EVP_PKEY_RSA: info.keyAlgorithm = QStringLiteral("RSA"); break;
        case EVP_PKEY_EC: info.keyAlgorithm = QStringLiteral("EC"); break;
        case EVP_PKEY_ED25519: info.keyAlgorithm = QStringLiteral("Ed25519"); break;
        default: info.keyAlgorithm = QString::fromLatin1(EVP_PKEY_get0_type_name(pk)); break;
        }
        info.keyBits = EVP_PKEY_get_bits(pk);
    }
    info.sha256Fingerprint = sha256Fingerprint();
    const uint32_t flags = X509_get_extension_flags(x);
    if (flags & EXFLAG_KUSAGE) {
        const uint32_t ku = X509_get_key_usage(x);
        const std::pair<uint32_t, const char *> kus[] = {
            {KU_DIGITAL_SIGNATURE, "digitalSignature"}, {KU_NON_REPUDIATION, "nonRepudiation"},
            {KU_KEY_ENCIPHERMENT, "keyEncipherment"}, {KU_DATA_ENCIPHERMENT, "dataEncipherment"},
            {KU_KEY_AGREEMENT, "keyAgreement"}, {KU_KEY_CERT_SIGN, "keyCertSign"},
            {KU_CRL_SIGN, "cRLSign"}, {KU_ENCIPHER_ONLY, "encipherOnly"}, {KU_DECIPHER_ONLY, "decipherOnly"}};
        for (const auto &[bit, name] : kus) {
            if (ku & bit)
                info.keyUsage << QString::fromLatin1(name);
        }
    }
    if (flags & EXFLAG_XKUSAGE) {
        const uint32_t xku = X509_get_extended_key_usage(x);
        const std::pair<uint32_t, const char *> xkus[] = {
            {XKU_SSL_SERVER, "serverAuth"}, {XKU_SSL_CLIENT, "clientAuth"}, {XKU_SMIME, "emailProtection"},
            {XKU_CODE_SIGN, "codeSigning"}, {XKU_OCSP_SIGN, "OCSPSigning"}, {XKU_TIMESTAMP, "timeStamping"}};
        for (const auto &[bit, name] : xkus) {
            if (xku & bit)
                info.extendedKeyUsage << QString::fromLatin1(name);
        }
    }
    info.selfSigned = (flags & EXFLAG_SS) != 0;
    return info;
}

Result<void> Certificate::checkPrivateKey(const PrivateKey &key) const
{
    if (!m_cert || key.isNull())
        return makeError(QStringLiteral("missing certificate or key"));
    if (!key.samePublicKey(X509_get0_pubkey(m_cert.get()))) {
        clearOpensslErrors();
        Error e = makeError(QStringLiteral("the private key does not match the certificate \"%1\"")
                                .arg(subjectName().toString()));
        e.reason = QStringLiteral("KeyMismatch");
        return e;
    }
    return {};
}

bool Certificate::operator==(const Certificate &other) const
{
    if (!m_cert || !other.m_cert)
        return !m_cert && !other.m_cert;
    return X509_cmp(m_cert.get(), other.m_cert.get()) == 0;
}

} // namespace fc::pki
