#include "model/editors/ResourcesModel.h"

#include "model/editors/KubeValidation.h"

#include <algorithm>

namespace fc::editors {

namespace {

const QString kResources = QStringLiteral("resources");
const QString kRequests = QStringLiteral("requests");
const QString kLimits = QStringLiteral("limits");

/// cpu, memory, ephemeral-storage first (kubectl's order), then the rest by name.
int rank(const QString &name)
{
    if (name == u"cpu")
        return 0;
    if (name == u"memory")
        return 1;
    if (name == u"ephemeral-storage")
        return 2;
    return 3;
}

QString quantityText(const QJsonValue &v)
{
    if (v.isDouble())
        return QString::number(v.toDouble());
    return v.toString();
}

} // namespace

ResourcesModel::ResourcesModel(WorkloadForm *form)
    : WorkloadTableModel(form)
{
}

QStringList ResourcesModel::suggestedResources()
{
    return {QStringLiteral("cpu"),
            QStringLiteral("memory"),
            QStringLiteral("ephemeral-storage"),
            QStringLiteral("nvidia.com/gpu"),
            QStringLiteral("nvidia.com/mig-1g.5gb"),
            QStringLiteral("nvidia.com/mig-1g.10gb"),
            QStringLiteral("nvidia.com/mig-2g.10gb"),
            QStringLiteral("nvidia.com/mig-2g.20gb"),
            QStringLiteral("nvidia.com/mig-3g.20gb"),
            QStringLiteral("nvidia.com/mig-3g.40gb"),
            QStringLiteral("nvidia.com/mig-4g.20gb"),
            QStringLiteral("nvidia.com/mig-4g.40gb"),
            QStringLiteral("nvidia.com/mig-7g.40gb"),
            QStringLiteral("nvidia.com/mig-7g.80gb")};
}

void ResourcesModel::reload()
{
    const QJsonObject res = currentContainer().value(kResources).toObject();
    const QJsonObject requests = res.value(kRequests).toObject();
    const QJsonObject limits = res.value(kLimits).toObject();
    QStringList names = requests.keys();
    for (const QString &n : limits.keys())
        if (!names.contains(n))
            names << n;
    std::sort(names.begin(), names.end(), [](const QString &a, const QString &b) {
        return rank(a) != rank(b) ? rank(a) < rank(b) : a < b;
    });
    QList<Row> next;
    for (const QString &n : std::as_const(names))
        next.append({n, quantityText(requests.value(n)), quantityText(limits.value(n))});
    syncRows<Row>(m_rows, next, [](const Row &r) -> QString { return r.name; });
}

int ResourcesModel::rowOf(const QString &resource) const
{
    for (qsizetype i = 0; i < m_rows.size(); ++i)
        if (m_rows.at(i).name == resource)
            return int(i);
    return -1;
}

QString ResourcesModel::resourceAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).name : QString();
}

QVariant ResourcesModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case ResourceColumn: return tr("Resource");
    case RequestColumn: return tr("Request");
    case LimitColumn: return tr("Limit");
    }
    return {};
}

ObjectPath ResourcesModel::rowPath(int row) const
{
    return containerPath() + QStringList{kResources, m_rows.at(row).name}; // no field: the resource as a whole
}

ObjectPath ResourcesModel::cellPath(int row, int column) const
{
    switch (column) {
    case RequestColumn: return containerPath() + QStringList{kResources, kRequests, m_rows.at(row).name};
    case LimitColumn: return containerPath() + QStringList{kResources, kLimits, m_rows.at(row).name};
    }
    return rowPath(row);
}

QVariant ResourcesModel::cellData(int row, int column, int role) const
{
    const Row &r = m_rows.at(row);
    if (role == RawValueRole && column != ResourceColumn) {
        const QString text = column == RequestColumn ? r.request : r.limit;
        const std::optional<long double> q = validation::parseQuantity(text);
        return q ? QVariant(double(*q)) : QVariant();
    }
    if (role != Qt::DisplayRole && role != Qt::EditRole && role != RawValueRole)
        return {};
    switch (column) {
    case ResourceColumn: return r.name;
    case RequestColumn: return r.request;
    case LimitColumn: return r.limit;
    }
    return {};
}

Result<void> ResourcesModel::setCell(int row, int column, const QVariant &value, int role)
{
    if (role != Qt::EditRole)
        return makeError(tr("Not editable that way."));
    const QString name = resourceAt(row);
    const QString text = value.toString().trimmed();
    switch (column) {
    case ResourceColumn: return renameResource(name, text);
    case RequestColumn: return setRequest(name, text);
    case LimitColumn: return setLimit(name, text);
    }
    return makeError(tr("Not editable."));
}

Result<void> ResourcesModel::write(const QString &resource, const std::optional<QString> &request, const std::optional<QString> &limit,
                                   const QString &undoText)
{
    if (form()->containerCount() == 0)
        return makeError(tr("There is no container to give resources to."));
    if (const QStringList p = validation::resourceNameProblems(resource); !p.isEmpty())
        return makeError(tr("%1 %2.").arg(resource, p.join(QStringLiteral("; "))));
    for (const std::optional<QString> &q : {request, limit}) {
        QString problem;
        if (q && !q->isEmpty() && !validation::parseQuantity(*q, &problem))
            return makeError(tr("“%1” %2.").arg(*q, problem));
        if (q && !q->isEmpty() && *validation::parseQuantity(*q) < 0)
            return makeError(tr("“%1”: a quantity must be 0 or more.").arg(*q));
    }
    return form()->editContainer(
        form()->currentContainer(),
        [&](QJsonObject &c) {
            QJsonObject res = c.value(kResources).toObject();
            // std::nullopt leaves that side as it is; an empty quantity removes it
            auto apply = [&](const QString &part, const std::optional<QString> &quantity) {
                if (!quantity)
                    return;
                QJsonObject map = res.value(part).toObject();
                if (quantity->isEmpty())
                    map.remove(resource);
                else
                    map.insert(resource, *quantity);
                if (map.isEmpty())
                    res.remove(part);
                else
                    res.insert(part, map);
            };
            apply(kRequests, request);
            apply(kLimits, limit);
            if (res.isEmpty())
                c.remove(kResources);
            else
                c.insert(kResources, res);
        },
        undoText);
}

Result<void> ResourcesModel::setRequest(const QString &resource, const QString &quantity)
{
    const int row = rowOf(resource);
    if (row >= 0 && m_rows.at(row).request == quantity)
        return {};
    return write(resource, quantity, std::nullopt,
                 quantity.isEmpty() ? tr("Request no %1").arg(resource) : tr("Request %1 %2").arg(quantity, resource));
}

Result<void> ResourcesModel::setLimit(const QString &resource, const QString &quantity)
{
    const int row = rowOf(resource);
    if (row >= 0 && m_rows.at(row).limit == quantity)
        return {};
    return write(resource, std::nullopt, quantity,
                 quantity.isEmpty() ? tr("Limit no %1").arg(resource) : tr("Limit %1 to %2").arg(resource, quantity));
}

Result<void> ResourcesModel::setRequestAndLimit(const QString &resource, const QString &request, const QString &limit)
{
    return write(resource, request, limit, tr("Request %1 %2, limit %3").arg(resource, request, limit));
}

Result<void> ResourcesModel::removeResource(const QString &resource)
{
    if (rowOf(resource) < 0)
        return makeError(tr("%1 is neither requested nor limited.").arg(resource));
    return write(resource, QString(), QString(), tr("Drop %1").arg(resource));
}

Result<void> ResourcesModel::renameResource(const QString &from, const QString &to)
{
    const int row = rowOf(from);
    if (row < 0)
        return makeError(tr("%1 is neither requested nor limited.").arg(from));
    if (from == to)
        return {};
    if (const QStringList p = validation::resourceNameProblems(to); !p.isEmpty())
        return makeError(tr("%1 %2.").arg(to, p.join(QStringLiteral("; "))), pathText(rowPath(row)));
    if (rowOf(to) >= 0)
        return makeError(tr("%1 is listed already.").arg(to), pathText(rowPath(row)));
    const Row r = m_rows.at(row);
    return form()->editContainer(
        form()->currentContainer(),
        [&](QJsonObject &c) {
            QJsonObject res = c.value(kResources).toObject();
            for (const QString &part : {kRequests, kLimits}) {
                QJsonObject map = res.value(part).toObject();
                if (!map.contains(from))
                    continue;
                map.insert(to, map.take(from));
                res.insert(part, map);
            }
            c.insert(kResources, res);
        },
        tr("Use %1 instead of %2").arg(to, from));
}

} // namespace fc::editors
