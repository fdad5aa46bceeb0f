#include "model/cluster/ResourceFilterProxy.h"

#include "model/cluster/ResourceTableModel.h"

namespace fc {

ResourceFilterProxy::ResourceFilterProxy(QObject *parent) : QSortFilterProxyModel(parent)
{
    setSortRole(ResourceTableModel::SortRole);
    setDynamicSortFilter(true);
}

ResourceTableModel *ResourceFilterProxy::table() const { return qobject_cast<ResourceTableModel *>(sourceModel()); }

void ResourceFilterProxy::setNamespaceFilter(const QString &ns)
{
    if (ns == m_namespace)
        return;
    m_namespace = ns;
    invalidateFilter();
}

void ResourceFilterProxy::setTextFilter(const QString &text)
{
    if (text == m_text)
        return;
    m_text = text;
    invalidateFilter();
}

Result<void> ResourceFilterProxy::setLabelSelector(const QString &text)
{
    auto parsed = LabelSelector::parse(text);
    if (!parsed)
        return parsed.error();
    m_selector = parsed.value();
    invalidateFilter();
    return {};
}

bool ResourceFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex &) const
{
    ResourceTableModel *t = table();
    const ObjectSummary *object = t ? t->objectAt(sourceRow) : nullptr;
    if (!object)
        return true;
    const ObjectSummary &o = *object;
    if (!m_namespace.isEmpty() && !o.namespace_.isEmpty() && o.namespace_ != m_namespace)
        return false;
    if (!m_text.isEmpty() && !o.name.contains(m_text, Qt::CaseInsensitive)
        && !o.namespace_.contains(m_text, Qt::CaseInsensitive)
        && !(t->multiCluster() && t->clusterAt(sourceRow).contains(m_text, Qt::CaseInsensitive))) {
        const PodInfo *p = o.pod();
        if (!p || (!p->status.contains(m_text, Qt::CaseInsensitive) && !p->node.contains(m_text, Qt::CaseInsensitive)))
            return false;
    }
    return m_selector.isEmpty() || m_selector.matches(o.labels);
}

} // namespace fc
