#include "model/editors/KubeValidation.h"

#include <QCoreApplication>
#include <QHash>
#include <QRegularExpression>

#include <cmath>

namespace fc::editors::validation {

namespace {

/// One translation context for this file, the same for lupdate and at run time.
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(KubeValidation)
};

bool matches(const QString &pattern, const QString &text)
{
    // compiled once per pattern and thread: tables of thousands of keys ask per cell
    thread_local QHash<QString, QRegularExpression> compiled;
    auto it = compiled.find(pattern);
    if (it == compiled.end())
        it = compiled.insert(pattern, QRegularExpression(QRegularExpression::anchoredPattern(pattern)));
    return it->match(text).hasMatch();
}

QString maxLength(int n)
{
    return Tr::tr("must be no more than %1 characters").arg(n);
}

const QString kLabel = QStringLiteral("[a-z0-9]([-a-z0-9]*[a-z0-9])?");
const QString kQualifiedNamePart = QStringLiteral("([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]");

} // namespace

QStringList configMapKeyProblems(const QString &key)
{
    QStringList out;
    if (key.isEmpty())
        return {Tr::tr("must not be empty")};
    if (key.size() > 253)
        out << maxLength(253);
    if (!matches(QStringLiteral("[-._a-zA-Z0-9]+"), key))
        out << Tr::tr("may contain only letters, digits, '-', '_' and '.' (like key.name, KEY_NAME or key-name)");
    if (key == u".")
        out << Tr::tr("must not be '.'");
    else if (key == u"..")
        out << Tr::tr("must not be '..'");
    else if (key.startsWith(QStringLiteral("..")))
        out << Tr::tr("must not start with '..'");
    return out;
}

QStringList portNameProblems(const QString &name)
{
    QStringList out;
    if (name.isEmpty())
        return {Tr::tr("must not be empty")};
    if (name.size() > 15)
        out << maxLength(15);
    if (!matches(QStringLiteral("[-a-z0-9]+"), name))
        out << Tr::tr("may contain only lower-case letters (a-z), digits (0-9) and '-'");
    bool letter = false;
    for (QChar c : name)
        letter = letter || (c >= u'a' && c <= u'z');
    if (!letter)
        out << Tr::tr("must contain at least one letter (a-z)");
    if (name.contains(QStringLiteral("--")))
        out << Tr::tr("must not contain consecutive hyphens");
    if (name.startsWith(u'-') || name.endsWith(u'-'))
        out << Tr::tr("must not begin or end with a hyphen");
    return out;
}

QStringList dns1123LabelProblems(const QString &name)
{
    QStringList out;
    if (name.isEmpty())
        return {Tr::tr("must not be empty")};
    if (name.size() > 63)
        out << maxLength(63);
    if (!matches(kLabel, name))
        out << Tr::tr("must consist of lower-case letters, digits and '-', and start and end with a letter or digit");
    return out;
}

QStringList dns1123SubdomainProblems(const QString &name)
{
    QStringList out;
    if (name.isEmpty())
        return {Tr::tr("must not be empty")};
    if (name.size() > 253)
        out << maxLength(253);
    if (!matches(kLabel + QStringLiteral("(\\.") + kLabel + u')' + u'*', name))
        out << Tr::tr("must consist of lower-case letters, digits, '-' and '.', and start and end with a letter or digit");
    return out;
}

QStringList qualifiedNameProblems(const QString &name)
{
    QStringList out;
    QString part = name;
    const qsizetype slash = name.indexOf(u'/');
    if (slash >= 0) {
        const QString prefix = name.left(slash);
        part = name.mid(slash + 1);
        if (prefix.isEmpty())
            out << Tr::tr("the prefix before '/' must not be empty");
        else
            for (const QString &p : dns1123SubdomainProblems(prefix))
                out << Tr::tr("prefix %1").arg(p);
        if (part.contains(u'/'))
            out << Tr::tr("may contain at most one '/'");
    }
    if (part.isEmpty()) {
        out << Tr::tr("the name part must not be empty");
        return out;
    }
    if (part.size() > 63)
        out << Tr::tr("the name part %1").arg(maxLength(63));
    if (!matches(kQualifiedNamePart, part))
        out << Tr::tr("the name part must consist of letters, digits, '-', '_' or '.', and start and end with a letter or digit");
    return out;
}

QStringList labelValueProblems(const QString &value)
{
    QStringList out;
    if (value.isEmpty())
        return out;
    if (value.size() > 63)
        out << maxLength(63);
    if (!matches(kQualifiedNamePart, value))
        out << Tr::tr("must consist of letters, digits, '-', '_' or '.', and start and end with a letter or digit");
    return out;
}

QStringList envVarNameProblems(const QString &name)
{
    if (name.isEmpty())
        return {Tr::tr("must not be empty")};
    for (QChar c : name)
        if (c.unicode() < 32 || c.unicode() > 126)
            return {Tr::tr("may contain only printable ASCII characters")};
    if (name.contains(u'='))
        return {Tr::tr("must not contain '='")};
    return {};
}

bool isClassicEnvVarName(const QString &name)
{
    return matches(QStringLiteral("[-._a-zA-Z][-._a-zA-Z0-9]*"), name);
}

std::optional<long double> parseQuantity(const QString &text, QString *problem)
{
    // <signedNumber><suffix>: suffix a binary SI (Ki…Ei), a decimal SI (n u m k M G T P E) or an
    // exponent (e3, E-2) — apimachinery's resource.ParseQuantity
    static const QRegularExpression re(QStringLiteral(
        "^([+-]?)([0-9]+(?:\\.[0-9]*)?|\\.[0-9]+)(Ki|Mi|Gi|Ti|Pi|Ei|n|u|m|k|M|G|T|P|E|[eE][+-]?[0-9]+)?$"));
    const auto m = re.match(text);
    if (!m.hasMatch()) {
        if (problem)
            *problem = text.trimmed().isEmpty() ? Tr::tr("must not be empty")
                                                : Tr::tr("is not a quantity (like 500m, 2, 1.5Gi or 10e3)");
        return std::nullopt;
    }
    long double value = QStringView(m.captured(2)).toDouble();
    const QString suffix = m.captured(3);
    long double factor = 1;
    if (suffix.size() == 2 && suffix.at(1) == u'i') {
        const int power = int(QStringLiteral("KMGTPE").indexOf(suffix.at(0))) + 1;
        factor = std::pow(1024.0L, power);
    } else if (suffix.startsWith(u'e') || suffix.startsWith(u'E')) {
        factor = std::pow(10.0L, suffix.mid(1).toInt());
    } else if (!suffix.isEmpty()) {
        const QString decimal = QStringLiteral("num kMGTPE");
        const int index = int(decimal.indexOf(suffix.at(0)));
        factor = std::pow(10.0L, 3 * (index - 3));
    }
    value *= factor;
    if (m.captured(1) == u"-")
        value = -value;
    return value;
}

ResourceKind resourceKind(const QString &name)
{
    if (name == u"cpu")
        return ResourceKind::Cpu;
    if (name == u"memory")
        return ResourceKind::Memory;
    if (name == u"ephemeral-storage")
        return ResourceKind::EphemeralStorage;
    if (name.startsWith(QStringLiteral("hugepages-")) && parseQuantity(name.mid(10)))
        return ResourceKind::HugePages;
    if (name == u"nvidia.com/gpu" || name == u"nvidia.com/gpu.shared")
        return ResourceKind::NvidiaGpu;
    if (matches(QStringLiteral("nvidia\\.com/mig-[1-9]g\\.[0-9]+gb"), name))
        return ResourceKind::NvidiaMig;
    if (name.contains(u'/') && qualifiedNameProblems(name).isEmpty())
        return ResourceKind::Extended;
    return ResourceKind::Invalid;
}

QStringList resourceNameProblems(const QString &name)
{
    if (name.isEmpty())
        return {Tr::tr("must not be empty")};
    if (resourceKind(name) != ResourceKind::Invalid) {
        if (name.startsWith(QStringLiteral("nvidia.com/mig-")) && resourceKind(name) != ResourceKind::NvidiaMig)
            return {Tr::tr("is not a MIG resource name (nvidia.com/mig-<g>g.<memory>gb, like nvidia.com/mig-1g.10gb)")};
        return {};
    }
    if (!name.contains(u'/'))
        return {Tr::tr("is not a standard resource (cpu, memory, ephemeral-storage, hugepages-<size>); "
                   "extended resources need a domain prefix, like nvidia.com/gpu")};
    return qualifiedNameProblems(name);
}

bool isExtendedResource(ResourceKind kind)
{
    return kind == ResourceKind::NvidiaGpu || kind == ResourceKind::NvidiaMig || kind == ResourceKind::Extended;
}

bool isValidPort(qint64 port)
{
    return port >= 1 && port <= 65535;
}

const QStringList &taintEffects()
{
    static const QStringList effects{QStringLiteral("NoSchedule"), QStringLiteral("PreferNoSchedule"), QStringLiteral("NoExecute")};
    return effects;
}

} // namespace fc::editors::validation
