#include "app/preferences.h"

#include <QSettings>

namespace Stackdraft::App {
namespace {

const QString GridSizeKey = QStringLiteral("preferences/gridSize");
const QString SnapKey = QStringLiteral("preferences/snapToGrid");
const QString ThemeKey = QStringLiteral("preferences/theme");
const QString LanguageKey = QStringLiteral("preferences/language");

} // namespace

Preferences Preferences::load()
{
    const QSettings settings;
    const Preferences defaults;
    Preferences preferences;
    // A hand-edited or damaged value falls back to the default instead of a zero-sized grid.
    const int grid = settings.value(GridSizeKey, defaults.gridSize).toInt();
    preferences.gridSize = grid >= 4 && grid <= 200 ? grid : defaults.gridSize;
    preferences.snapToGrid = settings.value(SnapKey, defaults.snapToGrid).toBool();
    preferences.theme = themeFromId(settings.value(ThemeKey).toString());
    preferences.language = settings.value(LanguageKey).toString();
    return preferences;
}

void Preferences::save() const
{
    QSettings settings;
    settings.setValue(GridSizeKey, gridSize);
    settings.setValue(SnapKey, snapToGrid);
    settings.setValue(ThemeKey, themeId(theme));
    settings.setValue(LanguageKey, language);
}

QString Preferences::themeId(Theme theme)
{
    switch (theme) {
    case Theme::Light:
        return QStringLiteral("light");
    case Theme::Dark:
        return QStringLiteral("dark");
    case Theme::System:
        break;
    }
    return QStringLiteral("system");
}

Preferences::Theme Preferences::themeFromId(const QString &id)
{
    if (id == QLatin1String("light"))
        return Theme::Light;
    if (id == QLatin1String("dark"))
        return Theme::Dark;
    return Theme::System;
}

} // namespace Stackdraft::App
