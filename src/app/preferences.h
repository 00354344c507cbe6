#pragma once

#include <QString>

namespace Stackdraft::App {

// The user's preferences, as kept in QSettings ("preferences/..."). A plain value: read with
// load(), written with save(); MainWindow applies them to the canvases and the application.
struct Preferences
{
    enum class Theme { System, Light, Dark };

    int gridSize = 24; // scene units between grid points
    bool snapToGrid = true;
    Theme theme = Theme::System;
    QString language; // "en", "pt_BR"...; empty: the system's

    static Preferences load();
    void save() const;

    static QString themeId(Theme theme); // "system", "light", "dark"
    static Theme themeFromId(const QString &id);

    friend bool operator==(const Preferences &, const Preferences &) = default;
};

} // namespace Stackdraft::App
