// <portal-chart>: a thin wrapper around Apache ECharts. The server sets `option` (an ECharts
// option object as JSON); the element draws it and redraws on change and on resize. Only the
// chart types and components the portal uses are bundled.
import * as echarts from 'echarts/core';
import { BarChart, LineChart } from 'echarts/charts';
import { GridComponent, LegendComponent, TooltipComponent, AriaComponent } from 'echarts/components';
import { CanvasRenderer } from 'echarts/renderers';

echarts.use([BarChart, LineChart, GridComponent, LegendComponent, TooltipComponent, AriaComponent, CanvasRenderer]);

class PortalChart extends HTMLElement {
  private chart?: echarts.ECharts;
  private observer?: ResizeObserver;
  private current: object | null = null;

  set option(value: object | string | null) {
    this.current = typeof value === 'string' ? JSON.parse(value) : value;
    this.draw();
  }

  get option(): object | null {
    return this.current;
  }

  connectedCallback() {
    if (!this.style.display) {
      this.style.display = 'block';
    }
    this.chart = echarts.init(this, undefined, { renderer: 'canvas' });
    this.observer = new ResizeObserver(() => this.chart?.resize());
    this.observer.observe(this);
    this.draw();
  }

  disconnectedCallback() {
    this.observer?.disconnect();
    this.chart?.dispose();
    this.chart = undefined;
  }

  private draw() {
    if (this.chart && this.current) {
      this.chart.setOption({ aria: { enabled: true }, ...this.current }, true);
    }
  }
}

customElements.define('portal-chart', PortalChart);
