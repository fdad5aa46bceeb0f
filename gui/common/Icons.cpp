#include "gui/common/Icons.h"

// Q_INIT_RESOURCE must be used outside any namespace; the static library's rcc object is only
// linked in because this reference exists.
static void initFedConsoleResources()
{
    Q_INIT_RESOURCE(fedconsole);
}

namespace fc {

namespace {
void ensureResources()
{
    static const bool done = [] {
        initFedConsoleResources();
        return true;
    }();
    (void)done;
}
} // namespace

QIcon appIcon()
{
    ensureResources();
    return QIcon(QStringLiteral(":/icons/fedconsole.svg"));
}

QIcon actionIcon(const QString &themeName, const QString &fallback)
{
    ensureResources();
    return QIcon::fromTheme(themeName, QIcon(QStringLiteral(":/icons/actions/%1.svg").arg(fallback)));
}

QIcon kindIcon(const QString &resource)
{
    ensureResources();
    static const QStringList known{QStringLiteral("namespace"), QStringLiteral("pod"), QStringLiteral("node"),
                                   QStringLiteral("deployment"), QStringLiteral("daemonset"), QStringLiteral("statefulset"),
                                   QStringLiteral("service"), QStringLiteral("configmap"), QStringLiteral("secret"),
                                   QStringLiteral("event")};
    QString singular = resource;
    if (singular.endsWith(u's'))
        singular.chop(1);
    return QIcon(QStringLiteral(":/icons/kinds/%1.svg").arg(known.contains(singular) ? singular : QStringLiteral("other")));
}

QIcon statusIcon(StatusLevel level)
{
    ensureResources();
    // built once each: a table paints one per visible status cell
    static const QIcon ok(QStringLiteral(":/icons/status/ok.svg"));
    static const QIcon progressing(QStringLiteral(":/icons/status/progressing.svg"));
    static const QIcon failed(QStringLiteral(":/icons/status/failed.svg"));
    static const QIcon unknown(QStringLiteral(":/icons/status/unknown.svg"));
    switch (level) {
    case StatusLevel::Ok: return ok;
    case StatusLevel::Progressing: return progressing;
    case StatusLevel::Failed: return failed;
    case StatusLevel::Unknown: return unknown;
    case StatusLevel::None: break;
    }
    return {};
}

} // namespace fc
