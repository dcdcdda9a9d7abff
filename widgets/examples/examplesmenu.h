#pragma once

#include <QMenu>

namespace core {
class ExampleCatalogue;
}

namespace ui {

/// Help > Examples: one entry per built-in example (tooltip: the published claim), then any extra
/// actions the window adds (the live demo). Emits the example's id when one is chosen.
class ExamplesMenu : public QMenu
{
    Q_OBJECT

public:
    ExamplesMenu(const core::ExampleCatalogue &catalogue, QWidget *parent = nullptr);

Q_SIGNALS:
    void exampleTriggered(const QString &id);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    const core::ExampleCatalogue &m_catalogue;
};

} // namespace ui
