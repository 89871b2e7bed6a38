#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
# KiCad's own reading of a footprint: loads LIBDIR/NAME.kicad_mod with pcbnew, writes its pads as
# JSON to JSONFILE, places it on a new board at X,Y mm (KiCad's frame, y down) turned by DEG
# degrees and lets KiCad's plotter write the F.Paste layer as Gerber into OUTDIR.
# Usage: pcbnew-plot.py LIBDIR NAME OUTDIR X Y DEG JSONFILE
# Run by tests/test-kicad-pcbnew.c with /usr/bin/python3 (Debian's kicad package builds pcbnew for
# the system Python only). pcbnew may print warnings on stdout, hence the JSON file.
import json
import os
import sys

try:
    import pcbnew
except ImportError as e:
    sys.stderr.write("cannot import pcbnew (install Debian's kicad package): %s\n" % e)
    sys.exit(3)


def layer_names(pad):
    return sorted(pcbnew.LayerName(layer) for layer in pad.GetLayerSet().Seq())


SHAPES = {
    pcbnew.PAD_SHAPE_CIRCLE: "circle",
    pcbnew.PAD_SHAPE_RECT: "rect",
    pcbnew.PAD_SHAPE_OVAL: "oval",
    pcbnew.PAD_SHAPE_ROUNDRECT: "roundrect",
}


def main():
    if len(sys.argv) != 8:
        sys.stderr.write("usage: pcbnew-plot.py LIBDIR NAME OUTDIR X Y DEG JSONFILE\n")
        return 2
    libdir, name, outdir, x_mm, y_mm, deg, json_path = sys.argv[1:8]
    fp = pcbnew.FootprintLoad(libdir, name)
    if fp is None:
        sys.stderr.write("pcbnew.FootprintLoad (%s, %s) returned nothing\n" % (libdir, name))
        return 4
    pads = []
    for pad in fp.Pads():
        pads.append({
            "number": pad.GetNumber(),
            "shape": SHAPES.get(pad.GetShape(), "other %d" % pad.GetShape()),
            "attribute": "smd" if pad.GetAttribute() == pcbnew.PAD_ATTRIB_SMD else "other",
            "layers": layer_names(pad),
            "x_nm": pad.GetPosition().x,
            "y_nm": pad.GetPosition().y,
            "w_nm": pad.GetSize().x,
            "h_nm": pad.GetSize().y,
            "r_nm": pad.GetRoundRectCornerRadius()
                    if pad.GetShape() == pcbnew.PAD_SHAPE_ROUNDRECT else 0,
        })

    board = pcbnew.BOARD()
    board.Add(fp)
    fp.SetPosition(pcbnew.wxPointMM(float(x_mm), float(y_mm)))
    fp.SetOrientationDegrees(float(deg))

    controller = pcbnew.PLOT_CONTROLLER(board)
    options = controller.GetPlotOptions()
    options.SetOutputDirectory(outdir)
    options.SetFormat(pcbnew.PLOT_FORMAT_GERBER)
    options.SetUseGerberX2format(True)
    options.SetGerberPrecision(6)
    options.SetUseAuxOrigin(False)
    options.SetPlotFrameRef(False)
    controller.SetLayer(pcbnew.F_Paste)
    if not controller.OpenPlotfile("paste", pcbnew.PLOT_FORMAT_GERBER, "paste"):
        sys.stderr.write("KiCad could not open its plot file in %s\n" % outdir)
        return 5
    gerber = controller.GetPlotFileName()
    if not controller.PlotLayer():
        sys.stderr.write("KiCad could not plot F.Paste\n")
        return 6
    controller.ClosePlot()

    with open(json_path, "w") as out:
        json.dump({
            "name": str(fp.GetFPID().GetLibItemName()),
            "attributes_smd": bool(fp.GetAttributes() & pcbnew.FP_SMD),
            "description": fp.GetDescription(),
            "reference": fp.GetReference(),
            "value": fp.GetValue(),
            "pads": pads,
            "gerber": gerber,
        }, out, indent=1)
    return 0


if __name__ == "__main__":
    sys.exit(main())
