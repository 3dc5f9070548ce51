#pragma once

#include <QString>

#include <functional>

class QWidget;

namespace fremdrift {
class MainWindow;
}

namespace fremdrift::test {

// Hidden "[.screenshots]" test cases save windows and dialogs for a person to look at, in
// every interface language: FREMDRIFT_SCREENSHOTS=/tmp/shots tests/test_... "[.screenshots]".

// For English, Norwegian, Swedish and Danish in turn, each with a jurisdiction that speaks it:
// makes a demo database, installs the language's translations and calls `shoot` with the
// language code, the database's path and the folder named by $FREMDRIFT_SCREENSHOTS (the test
// fails without one). English is installed again at the end.
using ShootLanguage
    = std::function<void(const QString &language, const QString &path, const QString &folder)>;
void forEveryLanguage(const ShootLanguage &shoot);

// Shows `window` at the size it starts at, speaking `language`, with `path` open.
void showForScreenshots(MainWindow &window, const QString &language, const QString &path);

// Saves `widget`, once pending events are handled, as "<folder>/<language>-<name>.png".
void saveShot(QWidget *widget, const QString &folder, const QString &language, const QString &name);

} // namespace fremdrift::test
