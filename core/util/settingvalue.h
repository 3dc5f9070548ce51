#pragma once

#include <QSettings>
#include <QString>
#include <QVariant>

namespace fremdrift {

// A typed entry in the user's settings (QSettings), declared where it is used, rather than one
// class that knows every setting (qBittorrent's SettingValue).
template<typename T>
class SettingValue final
{
public:
    explicit SettingValue(QString key) : m_key(std::move(key)) {}

    T get(const T &fallback = T()) const
    {
        const QVariant value = QSettings().value(m_key);
        return value.isValid() && value.canConvert<T>() ? value.value<T>() : fallback;
    }
    void set(const T &value) { QSettings().setValue(m_key, QVariant::fromValue(value)); }

private:
    QString m_key;
};

} // namespace fremdrift
