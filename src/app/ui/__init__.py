"""The Qt layer: presents the domain and storage, holds no clinical or storage logic."""
