import "./src/styles/site.scss";
