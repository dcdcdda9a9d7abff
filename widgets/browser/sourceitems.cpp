#include "browser/sourceitems.h"

#include "data/arraycollection.h"
#include "document/workspace.h"
#include "dump/activationdump.h"
#include "registry/arrayselection.h"

#include <QBrush>
#include <QCoreApplication>
#include <QFileInfo>
#include <QIcon>
#include <QImage>
#include <QPixmap>
#include <QTreeWidgetItem>

#include <algorithm>
#include <cmath>
#include <map>

namespace ui {

namespace {

QString tr(const char *text, const char *disambiguation = nullptr, int n = -1)
{
    return QCoreApplication::translate("ui", text, disambiguation, n); // the context lupdate gives free functions in ui
}

/// Red for values and arrays that need the user's attention.
const QColor kAlarm(0xc6, 0x28, 0x28);

void setArrayColumns(QTreeWidgetItem *item, const std::vector<std::int64_t> &shape, core::DType dtype, quint64 bytes,
                     bool compressed)
{
    item->setText(ShapeColumn, shapeText(shape));
    item->setText(DTypeColumn, QString::fromStdString(core::dtypeName(dtype)));
    item->setText(SizeColumn, formatBytes(bytes) + (compressed ? tr(" (compressed)") : QString()));
    item->setData(0, IsArrayRole, true);
    item->setToolTip(0, tr("Double-click or select to inspect; statistics are computed in the background."));
}

QTreeWidgetItem *arrayItem(QTreeWidgetItem *parent, const QString &label, const core::ArrayInfo &info, int sourceId)
{
    auto *item = new QTreeWidgetItem(parent, {label});
    item->setData(0, SourceIdRole, sourceId);
    item->setData(0, ArrayNameRole, QString::fromStdString(info.name));
    setArrayColumns(item, info.shape, info.dtype, info.storedBytes, info.compressed);
    QStringList attributes;
    for (const auto &[key, value] : info.attributes)
        attributes << QStringLiteral("%1 = %2").arg(QString::fromStdString(key), QString::fromStdString(value));
    if (!attributes.isEmpty())
        item->setToolTip(0, attributes.join(QLatin1Char('\n')));
    return item;
}

/// A small RGB thumbnail of an image tensor (H, W[, C]) of 8/16-bit or float values.
QIcon thumbnail(const core::Tensor &image)
{
    if (image.ndim() < 2 || image.numel() == 0)
        return {};
    const std::int64_t height = image.dim(0), width = image.dim(1);
    const int channels = image.ndim() == 3 ? int(image.dim(2)) : 1;
    const int size = 48;
    const double scale = double(std::max(height, width)) / size;
    const int w = std::max(1, int(width / scale)), h = std::max(1, int(height / scale));
    const double maximum = image.dtype() == core::DType::UInt16 ? 65535.0 : image.dtype() == core::DType::UInt8 ? 255.0 : 1.0;
    QImage out(w, h, QImage::Format_RGB32);
    for (int y = 0; y < h; ++y)
        for (int x = 0; x < w; ++x) {
            const std::int64_t sy = std::min<std::int64_t>(height - 1, std::int64_t(y * scale));
            const std::int64_t sx = std::min<std::int64_t>(width - 1, std::int64_t(x * scale));
            int rgb[3];
            for (int c = 0; c < 3; ++c) {
                const double v = channels == 1 ? image.valueAt({sy, sx}) : image.valueAt({sy, sx, std::min(c, channels - 1)});
                rgb[c] = std::isfinite(v) ? std::clamp(int(std::lround(255.0 * v / maximum)), 0, 255) : 0;
            }
            out.setPixel(x, y, qRgb(rgb[0], rgb[1], rgb[2]));
        }
    return QIcon(QPixmap::fromImage(out));
}

} // namespace

QString formatBytes(quint64 bytes)
{
    const char *units[] = {"B", "kB", "MB", "GB", "TB"};
    double value = double(bytes);
    int unit = 0;
    while (value >= 1000.0 && unit < 4) {
        value /= 1000.0;
        ++unit;
    }
    return unit == 0 ? QStringLiteral("%1 B").arg(bytes) : QStringLiteral("%1 %2").arg(value, 0, 'f', 1).arg(QLatin1String(units[unit]));
}

void populateSourceItem(QTreeWidgetItem *item, const Source &source)
{
    const core::DataObject &data = source.data;
    item->setText(NameColumn, source.name);
    item->setData(0, SourceIdRole, source.id);
    item->setToolTip(0, source.path);
    if (!data.arrays) {
        // One array picked out of a container ("FILE::ARRAY") has no file of its own: show its data size.
        const bool picked = !core::splitSelection(source.path.toStdString()).second.empty();
        const quint64 bytes = picked ? quint64(data.tensor.nbytes()) : quint64(QFileInfo(source.path).size());
        setArrayColumns(item, data.tensor.shape(), data.tensor.dtype(), bytes, false);
        item->setData(0, ArrayNameRole, QString());
        if (data.kind == core::DataKind::Image)
            item->setIcon(0, thumbnail(data.tensor));
        return;
    }

    const core::ArrayCollection &arrays = *data.arrays;
    item->setText(ShapeColumn, tr("%n array(s)", "", int(arrays.arrays().size())));
    item->setText(DTypeColumn, QString::fromStdString(core::dataKindName(data.kind)));
    quint64 total = 0;
    for (const core::ArrayInfo &info : arrays.arrays())
        total += info.storedBytes;
    item->setText(SizeColumn, formatBytes(total));
    QStringList attributes;
    for (const auto &[key, value] : arrays.attributes())
        if (key != "manifest")
            attributes << QStringLiteral("%1 = %2").arg(QString::fromStdString(key), QString::fromStdString(value).left(200));
    item->setToolTip(0, source.path + (attributes.isEmpty() ? QString() : QStringLiteral("\n") + attributes.join(QLatin1Char('\n'))));

    if (data.dump) {
        const core::ActivationDump &dump = *data.dump;
        const QString unit = QString::fromStdString(dump.manifest().stepUnit);
        auto *layers = new QTreeWidgetItem(item, {tr("layers")});
        layers->setText(ShapeColumn, tr("%1 layers × %2 %3s, N = %4")
                                         .arg(dump.layers().size()).arg(dump.steps().size()).arg(unit).arg(dump.sampleCount()));
        layers->setData(0, SourceIdRole, source.id);
        for (const std::string &layer : dump.layers()) {
            auto *layerItem = new QTreeWidgetItem(layers, {QString::fromStdString(layer)});
            layerItem->setData(0, SourceIdRole, source.id);
            for (std::int64_t step : dump.steps())
                if (const core::ArrayInfo *info = dump.activationInfo(layer, step))
                    arrayItem(layerItem, QStringLiteral("%1 %2").arg(unit).arg(step), *info, source.id);
            if (layerItem->childCount())
                layerItem->setText(ShapeColumn, layerItem->child(0)->text(ShapeColumn));
        }
        for (const core::ArrayInfo &info : arrays.arrays())
            if (info.name.rfind("activations/", 0) != 0)
                arrayItem(item, QString::fromStdString(info.name), info, source.id);
        if (!dump.manifest().model.empty())
            item->setText(DTypeColumn, tr("dump: %1").arg(QString::fromStdString(dump.manifest().model)));
        return;
    }
    // Other collections: a tree by the '/' in the names ("model_state_dict/0.weight").
    std::map<QString, QTreeWidgetItem *> groups;
    for (const core::ArrayInfo &info : arrays.arrays()) {
        const QString name = QString::fromStdString(info.name);
        QStringList parts = name.split(QLatin1Char('/'));
        QTreeWidgetItem *parent = item;
        QString prefix;
        for (int i = 0; i + 1 < parts.size(); ++i) {
            prefix += parts[i] + QLatin1Char('/');
            QTreeWidgetItem *&group = groups[prefix];
            if (!group) {
                group = new QTreeWidgetItem(parent, {parts[i]});
                group->setData(0, SourceIdRole, source.id);
            }
            parent = group;
        }
        arrayItem(parent, parts.last(), info, source.id);
    }
}

QString shapeText(const std::vector<std::int64_t> &shape)
{
    if (shape.empty())
        return tr("scalar");
    QStringList parts;
    for (std::int64_t extent : shape)
        parts << QString::number(extent);
    return parts.join(QStringLiteral(" × "));
}

void setStatisticsError(QTreeWidgetItem *item, const QString &message)
{
    item->setText(NonFiniteColumn, tr("unreadable"));
    item->setToolTip(NonFiniteColumn, message);
    item->setForeground(NonFiniteColumn, QBrush(kAlarm));
}

void setStatisticsColumns(QTreeWidgetItem *item, const core::ArrayStatistics &s)
{
    auto number = [](double v) { return std::isfinite(v) ? QString::number(v, 'g', 5) : QStringLiteral("—"); };
    item->setText(MinColumn, number(s.min));
    item->setText(MaxColumn, number(s.max));
    item->setText(MeanColumn, number(s.mean));
    const std::int64_t nonFinite = s.nanCount + s.positiveInfCount + s.negativeInfCount;
    item->setText(NonFiniteColumn, nonFinite ? tr("%1 NaN, %2 +Inf, %3 −Inf").arg(s.nanCount).arg(s.positiveInfCount).arg(s.negativeInfCount)
                                             : QStringLiteral("0"));
    item->setForeground(NonFiniteColumn, nonFinite ? QBrush(kAlarm) : QBrush());
    item->setToolTip(NonFiniteColumn, tr("NaN and infinite values; min, max and mean are over the finite values only."));
}

} // namespace ui
