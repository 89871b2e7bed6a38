#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
# KiCad's Gerber plotter on the same paste pads as Stencil Calc's panel: reads the pads of one
# part (`stencilcalc-cli calc PART --json --pads`), places COLS x ROWS copies on a board as SMD
# pads on F.Paste only, and times KiCad's plot of that layer (open, plot, close) RUNS times.
# Usage: kicad-paste.py PADS.json COLS ROWS STEP_X STEP_Y OUTDIR RUNS
# Prints "pads N" and "plot_ms t1 t2 ..." (one figure per run). Needs Debian's kicad package
# (the pcbnew module for /usr/bin/python3).
import json
import sys
import time

import pcbnew


def main():
    pads_file, cols, rows, step_x, step_y, outdir, runs = sys.argv[1:8]
    cols, rows, runs = int(cols), int(rows), int(runs)
    step_x, step_y = float(step_x), float(step_y)
    with open(pads_file, encoding="utf-8") as f:
        pads = json.load(f)["pads"]

    board = pcbnew.BOARD()
    n = 0
    for j in range(rows):
        for i in range(cols):
            fp = pcbnew.FOOTPRINT(board)
            fp.SetPosition(pcbnew.wxPointMM(i * step_x, j * step_y))
            board.Add(fp)
            for p in pads:
                pad = pcbnew.PAD(fp)
                pad.SetShape(pcbnew.PAD_SHAPE_RECT)
                pad.SetAttribute(pcbnew.PAD_ATTRIB_SMD)
                pad.SetLayerSet(pcbnew.LSET(pcbnew.F_Paste))
                pad.SetSize(pcbnew.wxSizeMM(p["ap_w_mm"], p["ap_h_mm"]))
                # KiCad's y axis points down: the same pads, seen from the top.
                pad.SetPosition(pcbnew.wxPointMM(i * step_x + p["x_mm"],
                                                 -(j * step_y + p["y_mm"])))
                fp.Add(pad)
                n += 1
    print("pads", n)

    times = []
    for _ in range(runs):
        controller = pcbnew.PLOT_CONTROLLER(board)
        options = controller.GetPlotOptions()
        options.SetOutputDirectory(outdir)
        controller.SetLayer(pcbnew.F_Paste)
        t0 = time.perf_counter()
        controller.OpenPlotfile("paste", pcbnew.PLOT_FORMAT_GERBER, "paste")
        controller.PlotLayer()
        controller.ClosePlot()
        times.append((time.perf_counter() - t0) * 1000.0)
    print("plot_ms", " ".join("%.3f" % t for t in times))


if __name__ == "__main__":
    main()
