#include "model/app/Preferences.h"

#include <QRegularExpression>

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSettings>
#include <QStandardPaths>

namespace fc {

namespace {
const QString kKubeconfigs = QStringLiteral("preferences/kubeconfigPaths");
const QString kHelm = QStringLiteral("preferences/helmProgram");
const QString kKubectl = QStringLiteral("preferences/kubectlProgram");
const QString kNamespaces = QStringLiteral("preferences/namespaces");
const QString kLogBuffer = QStringLiteral("preferences/logBufferLines");
const QString kTheme = QStringLiteral("preferences/theme");
const QString kKeychain = QStringLiteral("preferences/useKeychain");
const QString kWarningDays = QStringLiteral("preferences/certificateWarningDays");
const QString kLanguage = QStringLiteral("preferences/language");
const QString kPinned = QStringLiteral("preferences/pinnedContexts");

/// A list of strings as QSettings gives it back (a one-element list comes back as a string).
bool readStringList(const QVariant &v, QStringList *out)
{
    if (v.typeId() == QMetaType::QString) {
        *out = v.toString().isEmpty() ? QStringList{} : QStringList{v.toString()};
        return true;
    }
    if (v.typeId() != QMetaType::QStringList)
        return false;
    *out = v.toStringList();
    out->removeAll(QString());
    return true;
}

/// One translation context for this file, the same for lupdate and at run time.
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(fc::Preferences)
};

/// A stored value that is present but unusable is reported; an absent one is just the default.
template <typename T, typename Read>
T readChecked(const QSettings &s, const QString &key, T fallback, QStringList *replaced, Read read)
{
    if (!s.contains(key))
        return fallback;
    T value{};
    if (read(s.value(key), &value))
        return value;
    if (replaced)
        replaced->append(key);
    return fallback;
}

bool readString(const QVariant &v, QString *out)
{
    if (v.typeId() != QMetaType::QString)
        return false;
    *out = v.toString();
    return true;
}
} // namespace

QString Preferences::themeName(Theme theme)
{
    switch (theme) {
    case Theme::Light: return QStringLiteral("light");
    case Theme::Dark: return QStringLiteral("dark");
    case Theme::System: break;
    }
    return QStringLiteral("system");
}

bool Preferences::themeFromName(const QString &name, Theme *theme)
{
    for (Theme t : {Theme::System, Theme::Light, Theme::Dark}) {
        if (name == themeName(t)) {
            *theme = t;
            return true;
        }
    }
    return false;
}

Preferences Preferences::load(const QSettings &s, QStringList *replaced)
{
    Preferences p;
    p.kubeconfigPaths = readChecked<QStringList>(s, kKubeconfigs, {}, replaced, readStringList);
    p.pinnedContexts = readChecked<QStringList>(s, kPinned, {}, replaced, readStringList);
    p.namespaces = readChecked<QStringList>(s, kNamespaces, {}, replaced, [](const QVariant &v, QStringList *out) {
        const QStringList names = v.typeId() == QMetaType::QString ? QStringList{v.toString()}
                                  : v.typeId() == QMetaType::QStringList ? v.toStringList()
                                                                          : QStringList{QStringLiteral("\x01")};
        out->clear();
        for (const QString &n : names) {
            if (n.isEmpty())
                continue;
            static const QRegularExpression dns1123Label(QStringLiteral("^[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?$"));
            if (!dns1123Label.match(n).hasMatch()) // a namespace name is a DNS-1123 label
                return false;
            out->append(n);
        }
        return true;
    });
    p.helmProgram = readChecked<QString>(s, kHelm, {}, replaced, readString);
    p.kubectlProgram = readChecked<QString>(s, kKubectl, {}, replaced, readString);
    p.logBufferLines = readChecked<int>(s, kLogBuffer, kDefaultLogBufferLines, replaced, [](const QVariant &v, int *out) {
        bool ok = false;
        const int n = v.toString().toInt(&ok);
        if (!ok || n < kMinLogBufferLines || n > kMaxLogBufferLines)
            return false;
        *out = n;
        return true;
    });
    p.theme = readChecked<Theme>(s, kTheme, Theme::System, replaced, [](const QVariant &v, Theme *out) {
        return v.typeId() == QMetaType::QString && themeFromName(v.toString(), out);
    });
    p.useKeychain = readChecked<bool>(s, kKeychain, true, replaced, [](const QVariant &v, bool *out) {
        const QString t = v.toString();
        if (t != u"true" && t != u"false")
            return false;
        *out = t == u"true";
        return true;
    });
    p.certificateWarningDays = readChecked<int>(s, kWarningDays, kDefaultWarningDays, replaced, [](const QVariant &v, int *out) {
        bool ok = false;
        const int n = v.toString().toInt(&ok);
        if (!ok || n < 1 || n > kMaxWarningDays)
            return false;
        *out = n;
        return true;
    });
    p.language = readChecked<QString>(s, kLanguage, {}, replaced, [](const QVariant &v, QString *out) {
        const QString l = v.toString();
        if (v.typeId() != QMetaType::QString || !(l.isEmpty() || l == u"en" || l == u"de" || l == u"zh_CN"))
            return false;
        *out = l;
        return true;
    });
    return p;
}

void Preferences::save(QSettings &s) const
{
    s.setValue(kKubeconfigs, kubeconfigPaths);
    s.setValue(kHelm, helmProgram);
    s.setValue(kKubectl, kubectlProgram);
    s.setValue(kNamespaces, namespaces);
    s.setValue(kLogBuffer, QString::number(logBufferLines));
    s.setValue(kTheme, themeName(theme));
    s.setValue(kKeychain, useKeychain ? QStringLiteral("true") : QStringLiteral("false"));
    s.setValue(kWarningDays, QString::number(certificateWarningDays));
    s.setValue(kLanguage, language);
    s.setValue(kPinned, pinnedContexts);
}

QString defaultSettingsPath()
{
    const QString overridden = qEnvironmentVariable("FEDCONSOLE_SETTINGS");
    if (!overridden.isEmpty())
        return overridden;
    return QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation) + QStringLiteral("/FedConsole/fedconsole.conf");
}

QString OpenedSettings::message() const
{
    if (unusable) {
        const QString why = accessError ? Tr::tr("it cannot be read") : Tr::tr("it is not a valid settings file");
        return !movedTo.isEmpty()
                   ? Tr::tr("The settings file %1 could not be used (%2). It was moved to %3 and FedConsole starts with default "
                        "settings.")
                         .arg(QDir::toNativeSeparators(path), why, QDir::toNativeSeparators(movedTo))
                   : Tr::tr("The settings file %1 could not be used (%2) and could not be moved aside. FedConsole starts with "
                        "default settings and will not save them there.")
                         .arg(QDir::toNativeSeparators(path), why);
    }
    if (!resetKeys.isEmpty())
        return Tr::tr("These settings had unusable values and were reset to their defaults: %1.").arg(resetKeys.join(QStringLiteral(", ")));
    return {};
}

OpenedSettings openSettings(const QString &iniPath)
{
    OpenedSettings opened;
    opened.path = iniPath;
    opened.settings = std::make_unique<QSettings>(iniPath, QSettings::IniFormat);
    opened.settings->allKeys(); // reads the file now, so status() tells
    // Qt's INI reader reports a FormatError for binary garbage and NUL bytes (a file cut while
    // written, a preallocated one never filled): tests/model/app/tst_preferences covers those.
    const QSettings::Status status = opened.settings->status();
    if (status != QSettings::NoError && QFileInfo::exists(iniPath)) {
        opened.settings.reset();
        opened.unusable = true;
        opened.accessError = status == QSettings::AccessError;
        const QString aside = iniPath + QStringLiteral(".corrupt-")
                              + QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMdd-HHmmss"));
        const bool moved = QFile::rename(iniPath, aside) || (QFile::copy(iniPath, aside) && QFile::remove(iniPath));
        if (moved)
            opened.movedTo = aside;
        opened.settings = std::make_unique<QSettings>(moved ? iniPath : iniPath + QStringLiteral(".new"), QSettings::IniFormat);
        return opened;
    }
    Preferences::load(*opened.settings, &opened.resetKeys);
    for (const QString &key : std::as_const(opened.resetKeys))
        opened.settings->remove(key);
    return opened;
}

} // namespace fc
