// The staff console's map: the filtered concerns as clustered markers, each linking to its page.
// Tiles come from the bot's settings; without them a latitude/longitude grid stands in, and each
// point carries its place name. Leaflet and Leaflet.markercluster are served by the bot itself.
"use strict";

(function () {
  const element = document.getElementById("map");
  if (!element || typeof L === "undefined") return;

  const map = L.map(element, { keyboard: true, maxZoom: 19, minZoom: 3 }).setView([56.0, 14.5], 8);
  const single = element.dataset.single;  // one concern's own place, on its page
  const tiles = element.dataset.tiles;
  if (tiles) {
    L.tileLayer(tiles, {
      maxZoom: 19,
      attribution: '&copy; <a href="https://www.openstreetmap.org/copyright">OpenStreetMap</a>',
    }).addTo(map);
  }

  let grid = null;
  function drawGrid() {
    if (tiles) return;
    if (grid) grid.remove();
    grid = L.layerGroup().addTo(map);
    const bounds = map.getBounds();
    const span = Math.max(bounds.getNorth() - bounds.getSouth(), bounds.getEast() - bounds.getWest());
    const step = [10, 5, 2, 1, 0.5, 0.2, 0.1, 0.05, 0.02, 0.01, 0.005, 0.002, 0.001].find((s) => span / s >= 4) || 0.001;
    const decimals = Math.max(0, -Math.floor(Math.log10(step)));
    const style = { color: "#9aa3ad", weight: 1, interactive: false };
    for (let lat = Math.floor(bounds.getSouth() / step) * step; lat <= bounds.getNorth(); lat += step) {
      L.polyline([[lat, bounds.getWest()], [lat, bounds.getEast()]], style).addTo(grid);
      L.tooltip({ permanent: true, direction: "right", className: "grid-label" })
        .setLatLng([lat, bounds.getWest()]).setContent(lat.toFixed(decimals) + "° N").addTo(grid);
    }
    for (let lng = Math.floor(bounds.getWest() / step) * step; lng <= bounds.getEast(); lng += step) {
      L.polyline([[bounds.getSouth(), lng], [bounds.getNorth(), lng]], style).addTo(grid);
      L.tooltip({ permanent: true, direction: "top", className: "grid-label" })
        .setLatLng([bounds.getSouth(), lng]).setContent(lng.toFixed(decimals) + "° E").addTo(grid);
    }
  }

  function popup(point) {
    const box = document.createElement("div");
    const link = document.createElement("a");
    link.href = point.url;
    link.textContent = point.reference;
    box.append(link, document.createElement("br"),
      document.createTextNode(point.date + ", " + point.category + " (" + point.status + ")"));
    if (point.place) box.append(document.createElement("br"), document.createTextNode(point.place));
    return box;
  }

  if (single) {
    const [lat, long] = single.split(",").map(Number);
    const marker = L.marker([lat, long], { title: element.dataset.label || single, alt: element.dataset.label || single });
    marker.addTo(map);
    map.setView([lat, long], 16);
    element.dataset.loaded = "1";
    drawGrid();
    map.on("moveend", drawGrid);
    return;
  }

  // The points come with the page (the same ones as the list under the map); /staff/karta.json
  // serves them to other clients.
  Promise.resolve(element.dataset.points)
    .then((text) => JSON.parse(text))
    .then((data) => {
      const cluster = L.markerClusterGroup({ showCoverageOnHover: false });
      for (const point of data.points) {
        const marker = L.marker([point.lat, point.long], {
          title: point.reference + ": " + point.category + (point.place ? ", " + point.place : ""),
          alt: point.reference,
        });
        marker.bindPopup(popup(point));
        if (!tiles && point.place) {
          // A text node, never HTML: the place name is what a resident typed.
          const label = document.createElement("span");
          label.textContent = point.place;
          marker.bindTooltip(label, { permanent: true, direction: "right" });
        }
        cluster.addLayer(marker);
      }
      map.addLayer(cluster);
      if (data.points.length) map.fitBounds(cluster.getBounds(), { padding: [30, 30], maxZoom: 15 });
      element.dataset.loaded = String(data.points.length);
      drawGrid();
      map.on("moveend", drawGrid);
    })
    .catch((error) => {
      element.dataset.loaded = "error";
      console.error("The map could not be drawn:", error);
      const notice = document.createElement("p");
      notice.className = "alert";
      notice.setAttribute("role", "alert");
      notice.textContent = "Kartan kunde inte laddas. Listan under kartan visar samma synpunkter.";
      element.after(notice);
    });
})();
