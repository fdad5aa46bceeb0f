#pragma once

#include <QList>

#include <algorithm>
#include <initializer_list>
#include <utility>

namespace fc {

/// A sorted vector map with the part of QHash's API the project uses. Labels, selectors and
/// resource quantities hold a handful of entries each, tens of thousands of times over: a Qt 6
/// QHash allocates ~2 KB for its first entry, this one allocation of exactly what it holds.
/// As with QHash, dereferencing an iterator (and range-for) yields values.
template<typename K, typename V>
class SmallMap {
    using Items = QList<std::pair<K, V>>;

public:
    template<typename It, typename Ref>
    class Iter {
    public:
        using iterator_category = std::random_access_iterator_tag;
        using difference_type = qsizetype;
        using value_type = V;
        using pointer = std::remove_reference_t<Ref> *;
        using reference = Ref;
        Iter() = default;
        explicit Iter(It it) : m_it(it) {}
        const K &key() const { return m_it->first; }
        Ref value() const { return m_it->second; }
        Ref operator*() const { return m_it->second; }
        pointer operator->() const { return &m_it->second; }
        Iter &operator++() { ++m_it; return *this; }
        Iter operator++(int) { Iter t = *this; ++m_it; return t; }
        Iter &operator--() { --m_it; return *this; }
        bool operator==(const Iter &o) const { return m_it == o.m_it; }
        bool operator!=(const Iter &o) const { return m_it != o.m_it; }
        It base() const { return m_it; }

    private:
        It m_it{};
    };
    using iterator = Iter<typename Items::iterator, V &>;
    using const_iterator = Iter<typename Items::const_iterator, const V &>;
    using key_type = K;
    using mapped_type = V;

    SmallMap() = default;
    SmallMap(std::initializer_list<std::pair<K, V>> init)
    {
        for (const auto &kv : init)
            insert(kv.first, kv.second);
    }

    qsizetype size() const { return m_items.size(); }
    qsizetype count() const { return m_items.size(); }
    bool isEmpty() const { return m_items.isEmpty(); }
    bool empty() const { return m_items.isEmpty(); }
    void clear() { m_items.clear(); }
    void reserve(qsizetype n) { m_items.reserve(n); }
    void squeeze() { m_items.squeeze(); }

    const_iterator constFind(const K &key) const
    {
        auto it = lower(key);
        return const_iterator(it != m_items.cend() && it->first == key ? it : m_items.cend());
    }
    const_iterator find(const K &key) const { return constFind(key); }
    iterator find(const K &key)
    {
        const qsizetype i = lower(key) - m_items.cbegin();
        if (i < m_items.size() && m_items.at(i).first == key)
            return iterator(m_items.begin() + i);
        return end();
    }
    bool contains(const K &key) const { return constFind(key) != cend(); }
    V value(const K &key, const V &fallback = V()) const
    {
        const auto it = constFind(key);
        return it == cend() ? fallback : it.value();
    }
    iterator insert(const K &key, const V &value)
    {
        const qsizetype i = lower(key) - m_items.cbegin();
        if (i < m_items.size() && m_items.at(i).first == key)
            m_items[i].second = value;
        else
            m_items.insert(i, std::pair<K, V>(key, value));
        return iterator(m_items.begin() + i);
    }
    V &operator[](const K &key)
    {
        const qsizetype i = lower(key) - m_items.cbegin();
        if (i >= m_items.size() || m_items.at(i).first != key)
            m_items.insert(i, std::pair<K, V>(key, V()));
        return m_items[i].second;
    }
    qsizetype remove(const K &key)
    {
        const qsizetype i = lower(key) - m_items.cbegin();
        if (i < m_items.size() && m_items.at(i).first == key) {
            m_items.remove(i);
            return 1;
        }
        return 0;
    }
    iterator erase(const_iterator it) { return iterator(m_items.erase(it.base())); }
    QList<K> keys() const
    {
        QList<K> out;
        out.reserve(m_items.size());
        for (const auto &kv : m_items)
            out.append(kv.first);
        return out;
    }
    QList<V> values() const
    {
        QList<V> out;
        out.reserve(m_items.size());
        for (const auto &kv : m_items)
            out.append(kv.second);
        return out;
    }

    iterator begin() { return iterator(m_items.begin()); }
    iterator end() { return iterator(m_items.end()); }
    const_iterator begin() const { return const_iterator(m_items.cbegin()); }
    const_iterator end() const { return const_iterator(m_items.cend()); }
    const_iterator cbegin() const { return const_iterator(m_items.cbegin()); }
    const_iterator cend() const { return const_iterator(m_items.cend()); }
    const_iterator constBegin() const { return cbegin(); }
    const_iterator constEnd() const { return cend(); }

    bool operator==(const SmallMap &o) const { return m_items == o.m_items; }
    bool operator!=(const SmallMap &o) const { return m_items != o.m_items; }

private:
    typename Items::const_iterator lower(const K &key) const
    {
        return std::lower_bound(m_items.cbegin(), m_items.cend(), key,
                                [](const std::pair<K, V> &kv, const K &k) { return kv.first < k; });
    }
    Items m_items;
};

} // namespace fc
